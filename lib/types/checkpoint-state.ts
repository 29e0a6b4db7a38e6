// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `checkpoint_state` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/checkpoint_state}
 */
export const CheckpointState = {
  /** @since API 4.4.7 */
  CREATED: 'created',
  /** @since API 4.4.7 */
  INVALID: 'invalid',
} as const;

/** One of the {@link CheckpointState} values. */
export type CheckpointState = (typeof CheckpointState)[keyof typeof CheckpointState];
