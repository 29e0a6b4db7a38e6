// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { VnicPassThroughMode } from './vnic-pass-through-mode';

/**
 * The `vnic_pass_through` type of the API, on the wire `<vnic_pass_through>` (a list: `<vnic_pass_throughs>` with one `<vnic_pass_through>` per item); 1 attribute and 0 links.
 *
 * Create one with `new VnicPassThrough({ ... })`, or pass a plain {@link VnicPassThroughInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_pass_through | reference: vnic_pass_through}
 */
export class VnicPassThrough extends Struct {
  /**
   * `VnicPassThroughMode` (`enabled`, `disabled`; or another string, from a newer engine). On the wire: element `<mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_pass_through | reference: vnic_pass_through} (its `mode` attribute)
   */
  mode?: VnicPassThroughMode | (string & {});

  /**
   * Creates a `vnic_pass_through` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VnicPassThroughInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.mode = undefined;
    }
  }
}

/**
 * A `vnic_pass_through` as the SDK accepts it: a {@link VnicPassThrough} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_pass_through | reference: vnic_pass_through}
 */
export interface VnicPassThroughInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<vnic_pass_through>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_pass_through | reference: vnic_pass_through}
   */
  href?: string;
  /**
   * `VnicPassThroughMode` (`enabled`, `disabled`; another string is sent as it is). On the wire: element `<mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_pass_through | reference: vnic_pass_through} (its `mode` attribute)
   */
  mode?: VnicPassThroughMode | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VnicPassThrough, () => ({
  href: VALUE,
  mode: VALUE,
}));
