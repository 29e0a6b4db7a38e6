// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `disk_interface` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_interface}
 */
export const DiskInterface = {
  IDE: 'ide',
  VIRTIO_SCSI: 'virtio_scsi',
  VIRTIO: 'virtio',
  SPAPR_VSCSI: 'spapr_vscsi',
  /** @since API 4.3 */
  SATA: 'sata',
} as const;

/** One of the {@link DiskInterface} values. */
export type DiskInterface = (typeof DiskInterface)[keyof typeof DiskInterface];
