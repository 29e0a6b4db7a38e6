// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `fips_mode` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `FipsMode | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fips_mode | reference: fips_mode}
 * @since API 4.4
 */
export const FipsMode = {
  /**
   * `'undefined'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fips_mode | reference: fips_mode}
   * @since API 4.4.5
   */
  UNDEFINED: 'undefined',
  /**
   * `'disabled'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fips_mode | reference: fips_mode}
   * @since API 4.4.5
   */
  DISABLED: 'disabled',
  /**
   * `'enabled'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fips_mode | reference: fips_mode}
   * @since API 4.4.5
   */
  ENABLED: 'enabled',
} as const;

/**
 * One of the 3 values of {@link FipsMode} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/fips_mode | reference: fips_mode}
 */
export type FipsMode = (typeof FipsMode)[keyof typeof FipsMode];
