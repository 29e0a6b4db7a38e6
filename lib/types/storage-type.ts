// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 9 values of the `storage_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `StorageType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_type | reference: storage_type}
 */
export const StorageType = {
  /**
   * `'iscsi'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_type | reference: storage_type}
   */
  ISCSI: 'iscsi',
  /**
   * `'fcp'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_type | reference: storage_type}
   */
  FCP: 'fcp',
  /**
   * `'nfs'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_type | reference: storage_type}
   */
  NFS: 'nfs',
  /**
   * `'localfs'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_type | reference: storage_type}
   */
  LOCALFS: 'localfs',
  /**
   * `'posixfs'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_type | reference: storage_type}
   */
  POSIXFS: 'posixfs',
  /**
   * `'glusterfs'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_type | reference: storage_type}
   */
  GLUSTERFS: 'glusterfs',
  /**
   * `'glance'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_type | reference: storage_type}
   */
  GLANCE: 'glance',
  /**
   * `'cinder'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_type | reference: storage_type}
   */
  CINDER: 'cinder',
  /**
   * `'managed_block_storage'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_type | reference: storage_type}
   * @since API 4.3
   */
  MANAGED_BLOCK_STORAGE: 'managed_block_storage',
} as const;

/**
 * One of the 9 values of {@link StorageType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_type | reference: storage_type}
 */
export type StorageType = (typeof StorageType)[keyof typeof StorageType];
