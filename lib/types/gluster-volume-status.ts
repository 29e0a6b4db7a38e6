// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `gluster_volume_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `GlusterVolumeStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_status | reference: gluster_volume_status}
 */
export const GlusterVolumeStatus = {
  /**
   * `'up'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_status | reference: gluster_volume_status}
   */
  UP: 'up',
  /**
   * `'down'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_status | reference: gluster_volume_status}
   */
  DOWN: 'down',
  /**
   * `'unknown'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_status | reference: gluster_volume_status}
   */
  UNKNOWN: 'unknown',
} as const;

/**
 * One of the 3 values of {@link GlusterVolumeStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/gluster_volume_status | reference: gluster_volume_status}
 */
export type GlusterVolumeStatus = (typeof GlusterVolumeStatus)[keyof typeof GlusterVolumeStatus];
