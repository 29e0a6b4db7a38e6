// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `boot_device` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `BootDevice | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_device | reference: boot_device}
 */
export const BootDevice = {
  /**
   * `'cdrom'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_device | reference: boot_device}
   */
  CDROM: 'cdrom',
  /**
   * `'hd'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_device | reference: boot_device}
   */
  HD: 'hd',
  /**
   * `'network'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_device | reference: boot_device}
   */
  NETWORK: 'network',
} as const;

/**
 * One of the 3 values of {@link BootDevice} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_device | reference: boot_device}
 */
export type BootDevice = (typeof BootDevice)[keyof typeof BootDevice];
