// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `vlan` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vlan}
 */
export class Vlan extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vlan/attributes/id} */
  id?: number;

  /** Creates a `vlan`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VlanInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `vlan` as the SDK accepts it: a {@link Vlan} or a plain object of the same shape, at any depth. */
export interface VlanInit {
  href?: string;
  id?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Vlan, () => ({
  href: VALUE,
  id: VALUE,
}));
