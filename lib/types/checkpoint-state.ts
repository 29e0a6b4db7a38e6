// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `checkpoint_state` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `CheckpointState | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint_state | reference: checkpoint_state}
 */
export const CheckpointState = {
  /**
   * `'created'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint_state | reference: checkpoint_state}
   * @since API 4.4.7
   */
  CREATED: 'created',
  /**
   * `'invalid'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint_state | reference: checkpoint_state}
   * @since API 4.4.7
   */
  INVALID: 'invalid',
} as const;

/**
 * One of the 2 values of {@link CheckpointState} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/checkpoint_state | reference: checkpoint_state}
 */
export type CheckpointState = (typeof CheckpointState)[keyof typeof CheckpointState];
