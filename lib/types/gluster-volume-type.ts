// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 9 values of the `gluster_volume_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `GlusterVolumeType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_type | reference: gluster_volume_type}
 */
export const GlusterVolumeType = {
  /**
   * `'distribute'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_type | reference: gluster_volume_type}
   */
  DISTRIBUTE: 'distribute',
  /**
   * `'replicate'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_type | reference: gluster_volume_type}
   */
  REPLICATE: 'replicate',
  /**
   * `'distributed_replicate'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_type | reference: gluster_volume_type}
   */
  DISTRIBUTED_REPLICATE: 'distributed_replicate',
  /**
   * `'stripe'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_type | reference: gluster_volume_type}
   */
  STRIPE: 'stripe',
  /**
   * `'distributed_stripe'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_type | reference: gluster_volume_type}
   */
  DISTRIBUTED_STRIPE: 'distributed_stripe',
  /**
   * `'striped_replicate'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_type | reference: gluster_volume_type}
   */
  STRIPED_REPLICATE: 'striped_replicate',
  /**
   * `'distributed_striped_replicate'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_type | reference: gluster_volume_type}
   */
  DISTRIBUTED_STRIPED_REPLICATE: 'distributed_striped_replicate',
  /**
   * `'disperse'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_type | reference: gluster_volume_type}
   */
  DISPERSE: 'disperse',
  /**
   * `'distributed_disperse'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_type | reference: gluster_volume_type}
   */
  DISTRIBUTED_DISPERSE: 'distributed_disperse',
} as const;

/**
 * One of the 9 values of {@link GlusterVolumeType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_type | reference: gluster_volume_type}
 */
export type GlusterVolumeType = (typeof GlusterVolumeType)[keyof typeof GlusterVolumeType];
