// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `storage_domain_status` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain_status}
 */
export const StorageDomainStatus = {
  ACTIVE: 'active',
  INACTIVE: 'inactive',
  LOCKED: 'locked',
  MIXED: 'mixed',
  UNATTACHED: 'unattached',
  MAINTENANCE: 'maintenance',
  PREPARING_FOR_MAINTENANCE: 'preparing_for_maintenance',
  DETACHING: 'detaching',
  ACTIVATING: 'activating',
  UNKNOWN: 'unknown',
} as const;

/** One of the {@link StorageDomainStatus} values. */
export type StorageDomainStatus = (typeof StorageDomainStatus)[keyof typeof StorageDomainStatus];
