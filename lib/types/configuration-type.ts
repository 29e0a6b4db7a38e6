// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `configuration_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `ConfigurationType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/configuration_type | reference: configuration_type}
 */
export const ConfigurationType = {
  /**
   * `'ovf'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/configuration_type | reference: configuration_type}
   */
  OVF: 'ovf',
  /**
   * `'ova'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/configuration_type | reference: configuration_type}
   * @since API 4.2
   */
  OVA: 'ova',
} as const;

/**
 * One of the 2 values of {@link ConfigurationType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/configuration_type | reference: configuration_type}
 */
export type ConfigurationType = (typeof ConfigurationType)[keyof typeof ConfigurationType];
