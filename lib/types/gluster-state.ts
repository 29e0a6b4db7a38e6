// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `gluster_state` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/gluster_state}
 */
export const GlusterState = {
  UP: 'up',
  DOWN: 'down',
  UNKNOWN: 'unknown',
} as const;

/** One of the {@link GlusterState} values. */
export type GlusterState = (typeof GlusterState)[keyof typeof GlusterState];
