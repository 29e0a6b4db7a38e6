// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `disk_backup_mode` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_backup_mode}
 * @since API 4.4.3
 */
export const DiskBackupMode = {
  /** @since API 4.4.3 */
  FULL: 'full',
  /** @since API 4.4.3 */
  INCREMENTAL: 'incremental',
} as const;

/** One of the {@link DiskBackupMode} values. */
export type DiskBackupMode = (typeof DiskBackupMode)[keyof typeof DiskBackupMode];
