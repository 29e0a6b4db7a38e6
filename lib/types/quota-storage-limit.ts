// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Quota } from './quota';
import type { QuotaInit } from './quota';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';

/**
 * The `quota_storage_limit` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_storage_limit}
 */
export class QuotaStorageLimit extends Struct {
  /** The `limit` attribute (`<limit>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_storage_limit/attributes/limit} */
  limit?: number;

  /** The `usage` attribute (`<usage>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_storage_limit/attributes/usage} */
  usage?: number;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_storage_limit/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_storage_limit/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_storage_limit/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_storage_limit/attributes/comment} */
  comment?: string;

  /** The `quota` link (`<quota>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_storage_limit/links/quota} */
  quota?: Quota;

  /** The `storage_domain` link (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota_storage_limit/links/storage_domain} */
  storageDomain?: StorageDomain;

  /** Creates a `quota_storage_limit`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: QuotaStorageLimitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `quota_storage_limit` as the SDK accepts it: a {@link QuotaStorageLimit} or a plain object of the same shape, at any depth. */
export interface QuotaStorageLimitInit {
  href?: string;
  limit?: number;
  usage?: number;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  quota?: QuotaInit;
  storageDomain?: StorageDomainInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(QuotaStorageLimit, () => ({
  href: VALUE,
  limit: VALUE,
  usage: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  quota: Quota,
  storageDomain: StorageDomain,
}));
