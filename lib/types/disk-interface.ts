// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 5 values of the `disk_interface` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `DiskInterface | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_interface | reference: disk_interface}
 */
export const DiskInterface = {
  /**
   * `'ide'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_interface | reference: disk_interface}
   */
  IDE: 'ide',
  /**
   * `'virtio_scsi'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_interface | reference: disk_interface}
   */
  VIRTIO_SCSI: 'virtio_scsi',
  /**
   * `'virtio'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_interface | reference: disk_interface}
   */
  VIRTIO: 'virtio',
  /**
   * `'spapr_vscsi'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_interface | reference: disk_interface}
   */
  SPAPR_VSCSI: 'spapr_vscsi',
  /**
   * `'sata'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_interface | reference: disk_interface}
   * @since API 4.3
   */
  SATA: 'sata',
} as const;

/**
 * One of the 5 values of {@link DiskInterface} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_interface | reference: disk_interface}
 */
export type DiskInterface = (typeof DiskInterface)[keyof typeof DiskInterface];
