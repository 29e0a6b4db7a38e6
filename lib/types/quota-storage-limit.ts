// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Quota } from './quota';
import type { QuotaInit } from './quota';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';

/**
 * The `quota_storage_limit` type of the API, on the wire `<quota_storage_limit>` (a list: `<quota_storage_limits>` with one `<quota_storage_limit>` per item); 6 attributes and 2 links.
 *
 * Create one with `new QuotaStorageLimit({ ... })`, or pass a plain {@link QuotaStorageLimitInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit}
 */
export class QuotaStorageLimit extends Struct {
  /**
   * `number` (an integer). On the wire: element `<limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `limit` attribute)
   */
  limit?: number;

  /**
   * `number` (a decimal). On the wire: element `<usage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `usage` attribute)
   */
  usage?: number;

  /**
   * `string`. On the wire: XML attribute `id` of `<quota_storage_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Quota`. On the wire: element `<quota>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `quota` link)
   */
  quota?: Quota;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `storage_domain` link)
   */
  storageDomain?: StorageDomain;

  /**
   * Creates a `quota_storage_limit` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: QuotaStorageLimitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.limit = undefined;
      this.usage = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.quota = undefined;
      this.storageDomain = undefined;
    }
  }
}

/**
 * A `quota_storage_limit` as the SDK accepts it: a {@link QuotaStorageLimit} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit}
 */
export interface QuotaStorageLimitInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<quota_storage_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `limit` attribute)
   */
  limit?: number;
  /**
   * `number` (a decimal). On the wire: element `<usage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `usage` attribute)
   */
  usage?: number;
  /**
   * `string`. On the wire: XML attribute `id` of `<quota_storage_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `QuotaInit` (a `Quota` or a plain object). On the wire: element `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `quota` link)
   */
  quota?: QuotaInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_storage_limit | reference: quota_storage_limit} (its `storage_domain` link)
   */
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
