// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `nic_interface` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic_interface}
 */
export const NicInterface = {
  E1000: 'e1000',
  E1000E: 'e1000e',
  VIRTIO: 'virtio',
  RTL8139: 'rtl8139',
  RTL8139_VIRTIO: 'rtl8139_virtio',
  SPAPR_VLAN: 'spapr_vlan',
  PCI_PASSTHROUGH: 'pci_passthrough',
} as const;

/** One of the {@link NicInterface} values. */
export type NicInterface = (typeof NicInterface)[keyof typeof NicInterface];
