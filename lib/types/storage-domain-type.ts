// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `storage_domain_type` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain_type}
 */
export const StorageDomainType = {
  DATA: 'data',
  ISO: 'iso',
  EXPORT: 'export',
  IMAGE: 'image',
  VOLUME: 'volume',
  /** @since API 4.3 */
  MANAGED_BLOCK_STORAGE: 'managed_block_storage',
} as const;

/** One of the {@link StorageDomainType} values. */
export type StorageDomainType = (typeof StorageDomainType)[keyof typeof StorageDomainType];
