// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 4 values of the `disk_storage_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `DiskStorageType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_storage_type | reference: disk_storage_type}
 */
export const DiskStorageType = {
  /**
   * `'image'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_storage_type | reference: disk_storage_type}
   */
  IMAGE: 'image',
  /**
   * `'lun'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_storage_type | reference: disk_storage_type}
   */
  LUN: 'lun',
  /**
   * `'cinder'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_storage_type | reference: disk_storage_type}
   */
  CINDER: 'cinder',
  /**
   * `'managed_block_storage'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_storage_type | reference: disk_storage_type}
   * @since API 4.3
   */
  MANAGED_BLOCK_STORAGE: 'managed_block_storage',
} as const;

/**
 * One of the 4 values of {@link DiskStorageType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_storage_type | reference: disk_storage_type}
 */
export type DiskStorageType = (typeof DiskStorageType)[keyof typeof DiskStorageType];
