// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 10 values of the `storage_domain_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `StorageDomainStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_status | reference: storage_domain_status}
 */
export const StorageDomainStatus = {
  /**
   * `'active'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_status | reference: storage_domain_status}
   */
  ACTIVE: 'active',
  /**
   * `'inactive'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_status | reference: storage_domain_status}
   */
  INACTIVE: 'inactive',
  /**
   * `'locked'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_status | reference: storage_domain_status}
   */
  LOCKED: 'locked',
  /**
   * `'mixed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_status | reference: storage_domain_status}
   */
  MIXED: 'mixed',
  /**
   * `'unattached'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_status | reference: storage_domain_status}
   */
  UNATTACHED: 'unattached',
  /**
   * `'maintenance'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_status | reference: storage_domain_status}
   */
  MAINTENANCE: 'maintenance',
  /**
   * `'preparing_for_maintenance'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_status | reference: storage_domain_status}
   */
  PREPARING_FOR_MAINTENANCE: 'preparing_for_maintenance',
  /**
   * `'detaching'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_status | reference: storage_domain_status}
   */
  DETACHING: 'detaching',
  /**
   * `'activating'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_status | reference: storage_domain_status}
   */
  ACTIVATING: 'activating',
  /**
   * `'unknown'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_status | reference: storage_domain_status}
   */
  UNKNOWN: 'unknown',
} as const;

/**
 * One of the 10 values of {@link StorageDomainStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_status | reference: storage_domain_status}
 */
export type StorageDomainStatus = (typeof StorageDomainStatus)[keyof typeof StorageDomainStatus];
