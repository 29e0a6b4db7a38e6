// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `numa_tune_mode` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `NumaTuneMode | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_tune_mode | reference: numa_tune_mode}
 */
export const NumaTuneMode = {
  /**
   * `'strict'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_tune_mode | reference: numa_tune_mode}
   */
  STRICT: 'strict',
  /**
   * `'interleave'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_tune_mode | reference: numa_tune_mode}
   */
  INTERLEAVE: 'interleave',
  /**
   * `'preferred'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_tune_mode | reference: numa_tune_mode}
   */
  PREFERRED: 'preferred',
} as const;

/**
 * One of the 3 values of {@link NumaTuneMode} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_tune_mode | reference: numa_tune_mode}
 */
export type NumaTuneMode = (typeof NumaTuneMode)[keyof typeof NumaTuneMode];
