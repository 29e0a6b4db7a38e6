// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';
import type { VmAffinity } from './vm-affinity';

/**
 * The `vm_placement_policy` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_placement_policy}
 */
export class VmPlacementPolicy extends Struct {
  /** The `affinity` attribute (`<affinity>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_placement_policy/attributes/affinity} */
  affinity?: VmAffinity;

  /** The `hosts` link (`<hosts>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_placement_policy/links/hosts} */
  hosts?: List<Host>;

  /** Creates a `vm_placement_policy`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VmPlacementPolicyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `vm_placement_policy` as the SDK accepts it: a {@link VmPlacementPolicy} or a plain object of the same shape, at any depth. */
export interface VmPlacementPolicyInit {
  href?: string;
  affinity?: VmAffinity;
  hosts?: HostInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VmPlacementPolicy, () => ({
  href: VALUE,
  affinity: VALUE,
  hosts: [Host],
}));
