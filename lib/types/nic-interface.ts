// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 7 values of the `nic_interface` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `NicInterface | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_interface | reference: nic_interface}
 */
export const NicInterface = {
  /**
   * `'e1000'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_interface | reference: nic_interface}
   */
  E1000: 'e1000',
  /**
   * `'e1000e'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_interface | reference: nic_interface}
   */
  E1000E: 'e1000e',
  /**
   * `'virtio'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_interface | reference: nic_interface}
   */
  VIRTIO: 'virtio',
  /**
   * `'rtl8139'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_interface | reference: nic_interface}
   */
  RTL8139: 'rtl8139',
  /**
   * `'rtl8139_virtio'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_interface | reference: nic_interface}
   */
  RTL8139_VIRTIO: 'rtl8139_virtio',
  /**
   * `'spapr_vlan'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_interface | reference: nic_interface}
   */
  SPAPR_VLAN: 'spapr_vlan',
  /**
   * `'pci_passthrough'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_interface | reference: nic_interface}
   */
  PCI_PASSTHROUGH: 'pci_passthrough',
} as const;

/**
 * One of the 7 values of {@link NicInterface} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic_interface | reference: nic_interface}
 */
export type NicInterface = (typeof NicInterface)[keyof typeof NicInterface];
