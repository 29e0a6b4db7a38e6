// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 6 values of the `storage_domain_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `StorageDomainType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_type | reference: storage_domain_type}
 */
export const StorageDomainType = {
  /**
   * `'data'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_type | reference: storage_domain_type}
   */
  DATA: 'data',
  /**
   * `'iso'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_type | reference: storage_domain_type}
   */
  ISO: 'iso',
  /**
   * `'export'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_type | reference: storage_domain_type}
   */
  EXPORT: 'export',
  /**
   * `'image'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_type | reference: storage_domain_type}
   */
  IMAGE: 'image',
  /**
   * `'volume'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_type | reference: storage_domain_type}
   */
  VOLUME: 'volume',
  /**
   * `'managed_block_storage'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_type | reference: storage_domain_type}
   * @since API 4.3
   */
  MANAGED_BLOCK_STORAGE: 'managed_block_storage',
} as const;

/**
 * One of the 6 values of {@link StorageDomainType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_type | reference: storage_domain_type}
 */
export type StorageDomainType = (typeof StorageDomainType)[keyof typeof StorageDomainType];
