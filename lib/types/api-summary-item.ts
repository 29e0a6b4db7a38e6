// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `api_summary_item` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api_summary_item}
 */
export class ApiSummaryItem extends Struct {
  /** The `total` attribute (`<total>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api_summary_item/attributes/total} */
  total?: number;

  /** The `active` attribute (`<active>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/api_summary_item/attributes/active} */
  active?: number;

  /** Creates a `api_summary_item`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ApiSummaryItemInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `api_summary_item` as the SDK accepts it: a {@link ApiSummaryItem} or a plain object of the same shape, at any depth. */
export interface ApiSummaryItemInit {
  href?: string;
  total?: number;
  active?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ApiSummaryItem, () => ({
  href: VALUE,
  total: VALUE,
  active: VALUE,
}));
