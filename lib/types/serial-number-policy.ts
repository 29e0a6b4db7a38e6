// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 4 values of the `serial_number_policy` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `SerialNumberPolicy | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number_policy | reference: serial_number_policy}
 */
export const SerialNumberPolicy = {
  /**
   * `'host'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number_policy | reference: serial_number_policy}
   */
  HOST: 'host',
  /**
   * `'vm'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number_policy | reference: serial_number_policy}
   */
  VM: 'vm',
  /**
   * `'custom'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number_policy | reference: serial_number_policy}
   */
  CUSTOM: 'custom',
  /**
   * `'none'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number_policy | reference: serial_number_policy}
   * @since API 4.4.0
   */
  NONE: 'none',
} as const;

/**
 * One of the 4 values of {@link SerialNumberPolicy} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number_policy | reference: serial_number_policy}
 */
export type SerialNumberPolicy = (typeof SerialNumberPolicy)[keyof typeof SerialNumberPolicy];
