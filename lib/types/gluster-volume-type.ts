// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `gluster_volume_type` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_volume_type}
 */
export const GlusterVolumeType = {
  DISTRIBUTE: 'distribute',
  REPLICATE: 'replicate',
  DISTRIBUTED_REPLICATE: 'distributed_replicate',
  STRIPE: 'stripe',
  DISTRIBUTED_STRIPE: 'distributed_stripe',
  STRIPED_REPLICATE: 'striped_replicate',
  DISTRIBUTED_STRIPED_REPLICATE: 'distributed_striped_replicate',
  DISPERSE: 'disperse',
  DISTRIBUTED_DISPERSE: 'distributed_disperse',
} as const;

/** One of the {@link GlusterVolumeType} values. */
export type GlusterVolumeType = (typeof GlusterVolumeType)[keyof typeof GlusterVolumeType];
