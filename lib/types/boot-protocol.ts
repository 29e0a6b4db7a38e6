// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `boot_protocol` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/boot_protocol}
 */
export const BootProtocol = {
  AUTOCONF: 'autoconf',
  DHCP: 'dhcp',
  /** @since API 10 Jul 2018 */
  POLY_DHCP_AUTOCONF: 'poly_dhcp_autoconf',
  STATIC: 'static',
  NONE: 'none',
} as const;

/** One of the {@link BootProtocol} values. */
export type BootProtocol = (typeof BootProtocol)[keyof typeof BootProtocol];
