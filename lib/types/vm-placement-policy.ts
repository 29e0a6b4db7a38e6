// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';
import type { VmAffinity } from './vm-affinity';

/**
 * The `vm_placement_policy` type of the API, on the wire `<vm_placement_policy>` (a list: `<vm_placement_policies>` with one `<vm_placement_policy>` per item); 1 attribute and 1 link.
 *
 * Create one with `new VmPlacementPolicy({ ... })`, or pass a plain {@link VmPlacementPolicyInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_placement_policy | reference: vm_placement_policy}
 */
export class VmPlacementPolicy extends Struct {
  /**
   * `VmAffinity` (`migratable`, `user_migratable`, `pinned`; or another string, from a newer engine). On the wire: element `<affinity>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_placement_policy | reference: vm_placement_policy} (its `affinity` attribute)
   */
  affinity?: VmAffinity | (string & {});

  /**
   * A list of `Host`. On the wire: a link, `<link rel="hosts" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<hosts>` with one `<host>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_placement_policy | reference: vm_placement_policy} (its `hosts` link)
   */
  hosts?: List<Host>;

  /**
   * Creates a `vm_placement_policy` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VmPlacementPolicyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.affinity = undefined;
      this.hosts = undefined;
    }
  }
}

/**
 * A `vm_placement_policy` as the SDK accepts it: a {@link VmPlacementPolicy} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_placement_policy | reference: vm_placement_policy}
 */
export interface VmPlacementPolicyInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<vm_placement_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_placement_policy | reference: vm_placement_policy}
   */
  href?: string;
  /**
   * `VmAffinity` (`migratable`, `user_migratable`, `pinned`; another string is sent as it is). On the wire: element `<affinity>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_placement_policy | reference: vm_placement_policy} (its `affinity` attribute)
   */
  affinity?: VmAffinity | (string & {});
  /**
   * A list of `HostInit` (a `Host` or a plain object). On the wire: element `<hosts>` with one `<host>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_placement_policy | reference: vm_placement_policy} (its `hosts` link)
   */
  hosts?: HostInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VmPlacementPolicy, () => ({
  href: VALUE,
  affinity: VALUE,
  hosts: [Host],
}));
