// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { ApiSummaryItem } from './api-summary-item';
import type { ApiSummaryItemInit } from './api-summary-item';

/**
 * The `api_summary` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api_summary}
 */
export class ApiSummary extends Struct {
  /** The `vms` attribute (`<vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api_summary/attributes/vms} */
  vms?: ApiSummaryItem;

  /** The `hosts` attribute (`<hosts>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api_summary/attributes/hosts} */
  hosts?: ApiSummaryItem;

  /** The `users` attribute (`<users>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api_summary/attributes/users} */
  users?: ApiSummaryItem;

  /** The `storage_domains` attribute (`<storage_domains>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api_summary/attributes/storage_domains} */
  storageDomains?: ApiSummaryItem;

  /** Creates a `api_summary`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ApiSummaryInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `api_summary` as the SDK accepts it: a {@link ApiSummary} or a plain object of the same shape, at any depth. */
export interface ApiSummaryInit {
  href?: string;
  vms?: ApiSummaryItemInit;
  hosts?: ApiSummaryItemInit;
  users?: ApiSummaryItemInit;
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
