// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `vm_summary` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_summary}
 */
export class VmSummary extends Struct {
  /** The `active` attribute (`<active>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_summary/attributes/active} */
  active?: number;

  /** The `migrating` attribute (`<migrating>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_summary/attributes/migrating} */
  migrating?: number;

  /** The `total` attribute (`<total>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_summary/attributes/total} */
  total?: number;

  /** Creates a `vm_summary`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VmSummaryInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `vm_summary` as the SDK accepts it: a {@link VmSummary} or a plain object of the same shape, at any depth. */
export interface VmSummaryInit {
  href?: string;
  active?: number;
  migrating?: number;
  total?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VmSummary, () => ({
  href: VALUE,
  active: VALUE,
  migrating: VALUE,
  total: VALUE,
}));
