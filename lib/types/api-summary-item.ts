// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `api_summary_item` type of the API, on the wire `<api_summary_item>` (a list: `<api_summary_items>` with one `<api_summary_item>` per item); 2 attributes and 0 links.
 *
 * Create one with `new ApiSummaryItem({ ... })`, or pass a plain {@link ApiSummaryItemInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary_item | reference: api_summary_item}
 */
export class ApiSummaryItem extends Struct {
  /**
   * `number` (an integer). On the wire: element `<total>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary_item | reference: api_summary_item} (its `total` attribute)
   */
  total?: number;

  /**
   * `number` (an integer). On the wire: element `<active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary_item | reference: api_summary_item} (its `active` attribute)
   */
  active?: number;

  /**
   * Creates a `api_summary_item` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ApiSummaryItemInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.total = undefined;
      this.active = undefined;
    }
  }
}

/**
 * A `api_summary_item` as the SDK accepts it: a {@link ApiSummaryItem} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary_item | reference: api_summary_item}
 */
export interface ApiSummaryItemInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<api_summary_item>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary_item | reference: api_summary_item}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<total>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary_item | reference: api_summary_item} (its `total` attribute)
   */
  total?: number;
  /**
   * `number` (an integer). On the wire: element `<active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/api_summary_item | reference: api_summary_item} (its `active` attribute)
   */
  active?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ApiSummaryItem, () => ({
  href: VALUE,
  total: VALUE,
  active: VALUE,
}));
