// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { ApiSummaryItem } from './api-summary-item';
import type { ApiSummaryItemInit } from './api-summary-item';

/**
 * The `api_summary` type of the API, on the wire `<api_summary>` (a list: `<api_summaries>` with one `<api_summary>` per item); 4 attributes and 0 links.
 *
 * Create one with `new ApiSummary({ ... })`, or pass a plain {@link ApiSummaryInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary | reference: api_summary}
 */
export class ApiSummary extends Struct {
  /**
   * `ApiSummaryItem`. On the wire: element `<vms>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary | reference: api_summary} (its `vms` attribute)
   */
  vms?: ApiSummaryItem;

  /**
   * `ApiSummaryItem`. On the wire: element `<hosts>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary | reference: api_summary} (its `hosts` attribute)
   */
  hosts?: ApiSummaryItem;

  /**
   * `ApiSummaryItem`. On the wire: element `<users>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary | reference: api_summary} (its `users` attribute)
   */
  users?: ApiSummaryItem;

  /**
   * `ApiSummaryItem`. On the wire: element `<storage_domains>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary | reference: api_summary} (its `storage_domains` attribute)
   */
  storageDomains?: ApiSummaryItem;

  /**
   * Creates a `api_summary` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ApiSummaryInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.vms = undefined;
      this.hosts = undefined;
      this.users = undefined;
      this.storageDomains = undefined;
    }
  }
}

/**
 * A `api_summary` as the SDK accepts it: a {@link ApiSummary} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary | reference: api_summary}
 */
export interface ApiSummaryInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<api_summary>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary | reference: api_summary}
   */
  href?: string;
  /**
   * `ApiSummaryItemInit` (a `ApiSummaryItem` or a plain object). On the wire: element `<vms>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary | reference: api_summary} (its `vms` attribute)
   */
  vms?: ApiSummaryItemInit;
  /**
   * `ApiSummaryItemInit` (a `ApiSummaryItem` or a plain object). On the wire: element `<hosts>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary | reference: api_summary} (its `hosts` attribute)
   */
  hosts?: ApiSummaryItemInit;
  /**
   * `ApiSummaryItemInit` (a `ApiSummaryItem` or a plain object). On the wire: element `<users>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary | reference: api_summary} (its `users` attribute)
   */
  users?: ApiSummaryItemInit;
  /**
   * `ApiSummaryItemInit` (a `ApiSummaryItem` or a plain object). On the wire: element `<storage_domains>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary | reference: api_summary} (its `storage_domains` attribute)
   */
  storageDomains?: ApiSummaryItemInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ApiSummary, () => ({
  href: VALUE,
  vms: ApiSummaryItem,
  hosts: ApiSummaryItem,
  users: ApiSummaryItem,
  storageDomains: ApiSummaryItem,
}));
