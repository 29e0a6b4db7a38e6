// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `vlan` type of the API, on the wire `<vlan>` (a list: `<vlans>` with one `<vlan>` per item); 1 attribute and 0 links.
 *
 * Create one with `new Vlan({ ... })`, or pass a plain {@link VlanInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vlan | reference: vlan}
 */
export class Vlan extends Struct {
  /**
   * `number` (an integer). On the wire: XML attribute `id` of `<vlan>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vlan | reference: vlan} (its `id` attribute)
   */
  id?: number;

  /**
   * Creates a `vlan` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VlanInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
    }
  }
}

/**
 * A `vlan` as the SDK accepts it: a {@link Vlan} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vlan | reference: vlan}
 */
export interface VlanInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<vlan>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vlan | reference: vlan}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: XML attribute `id` of `<vlan>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vlan | reference: vlan} (its `id` attribute)
   */
  id?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Vlan, () => ({
  href: VALUE,
  id: VALUE,
}));
