// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';

/**
 * The `storage_domain_lease` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain_lease}
 * @since API 4.1
 */
export class StorageDomainLease extends Struct {
  /**
   * The `storage_domain` link (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain_lease/links/storage_domain}
   * @since API 4.1
   */
  storageDomain?: StorageDomain;

  /** Creates a `storage_domain_lease`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: StorageDomainLeaseInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `storage_domain_lease` as the SDK accepts it: a {@link StorageDomainLease} or a plain object of the same shape, at any depth. */
export interface StorageDomainLeaseInit {
  href?: string;
  storageDomain?: StorageDomainInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(StorageDomainLease, () => ({
  href: VALUE,
  storageDomain: StorageDomain,
}));
