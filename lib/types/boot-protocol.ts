// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 5 values of the `boot_protocol` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `BootProtocol | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_protocol | reference: boot_protocol}
 */
export const BootProtocol = {
  /**
   * `'autoconf'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_protocol | reference: boot_protocol}
   */
  AUTOCONF: 'autoconf',
  /**
   * `'dhcp'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_protocol | reference: boot_protocol}
   */
  DHCP: 'dhcp',
  /**
   * `'poly_dhcp_autoconf'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_protocol | reference: boot_protocol}
   * @since API 10 Jul 2018
   */
  POLY_DHCP_AUTOCONF: 'poly_dhcp_autoconf',
  /**
   * `'static'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_protocol | reference: boot_protocol}
   */
  STATIC: 'static',
  /**
   * `'none'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_protocol | reference: boot_protocol}
   */
  NONE: 'none',
} as const;

/**
 * One of the 5 values of {@link BootProtocol} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_protocol | reference: boot_protocol}
 */
export type BootProtocol = (typeof BootProtocol)[keyof typeof BootProtocol];
