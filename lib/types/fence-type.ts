// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 5 values of the `fence_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `FenceType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fence_type | reference: fence_type}
 */
export const FenceType = {
  /**
   * `'manual'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fence_type | reference: fence_type}
   */
  MANUAL: 'manual',
  /**
   * `'restart'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fence_type | reference: fence_type}
   */
  RESTART: 'restart',
  /**
   * `'start'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fence_type | reference: fence_type}
   */
  START: 'start',
  /**
   * `'stop'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fence_type | reference: fence_type}
   */
  STOP: 'stop',
  /**
   * `'status'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fence_type | reference: fence_type}
   */
  STATUS: 'status',
} as const;

/**
 * One of the 5 values of {@link FenceType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fence_type | reference: fence_type}
 */
export type FenceType = (typeof FenceType)[keyof typeof FenceType];
