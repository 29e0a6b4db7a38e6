// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `vm_summary` type of the API, on the wire `<vm_summary>` (a list: `<vm_summaries>` with one `<vm_summary>` per item); 3 attributes and 0 links.
 *
 * Create one with `new VmSummary({ ... })`, or pass a plain {@link VmSummaryInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_summary | reference: vm_summary}
 */
export class VmSummary extends Struct {
  /**
   * `number` (an integer). On the wire: element `<active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_summary | reference: vm_summary} (its `active` attribute)
   */
  active?: number;

  /**
   * `number` (an integer). On the wire: element `<migrating>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_summary | reference: vm_summary} (its `migrating` attribute)
   */
  migrating?: number;

  /**
   * `number` (an integer). On the wire: element `<total>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_summary | reference: vm_summary} (its `total` attribute)
   */
  total?: number;

  /**
   * Creates a `vm_summary` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VmSummaryInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.active = undefined;
      this.migrating = undefined;
      this.total = undefined;
    }
  }
}

/**
 * A `vm_summary` as the SDK accepts it: a {@link VmSummary} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_summary | reference: vm_summary}
 */
export interface VmSummaryInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<vm_summary>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_summary | reference: vm_summary}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_summary | reference: vm_summary} (its `active` attribute)
   */
  active?: number;
  /**
   * `number` (an integer). On the wire: element `<migrating>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_summary | reference: vm_summary} (its `migrating` attribute)
   */
  migrating?: number;
  /**
   * `number` (an integer). On the wire: element `<total>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_summary | reference: vm_summary} (its `total` attribute)
   */
  total?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VmSummary, () => ({
  href: VALUE,
  active: VALUE,
  migrating: VALUE,
  total: VALUE,
}));
