// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';

/**
 * The `storage_domain_lease` type of the API, on the wire `<storage_domain_lease>` (a list: `<storage_domain_leases>` with one `<storage_domain_lease>` per item); 0 attributes and 1 link.
 *
 * Create one with `new StorageDomainLease({ ... })`, or pass a plain {@link StorageDomainLeaseInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_lease | reference: storage_domain_lease}
 * @since API 4.1
 */
export class StorageDomainLease extends Struct {
  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_lease | reference: storage_domain_lease} (its `storage_domain` link)
   * @since API 4.1
   */
  storageDomain?: StorageDomain;

  /**
   * Creates a `storage_domain_lease` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: StorageDomainLeaseInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.storageDomain = undefined;
    }
  }
}

/**
 * A `storage_domain_lease` as the SDK accepts it: a {@link StorageDomainLease} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_lease | reference: storage_domain_lease}
 */
export interface StorageDomainLeaseInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<storage_domain_lease>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_lease | reference: storage_domain_lease}
   */
  href?: string;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain_lease | reference: storage_domain_lease} (its `storage_domain` link)
   * @since API 4.1
   */
  storageDomain?: StorageDomainInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(StorageDomainLease, () => ({
  href: VALUE,
  storageDomain: StorageDomain,
}));
