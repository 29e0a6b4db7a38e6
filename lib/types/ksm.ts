// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `ksm` type of the API, on the wire `<ksm>` (a list: `<ksms>` with one `<ksm>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Ksm({ ... })`, or pass a plain {@link KsmInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ksm | reference: ksm}
 */
export class Ksm extends Struct {
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ksm | reference: ksm} (its `enabled` attribute)
   */
  enabled?: boolean;

  /**
   * `boolean`. On the wire: element `<merge_across_nodes>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ksm | reference: ksm} (its `merge_across_nodes` attribute)
   */
  mergeAcrossNodes?: boolean;

  /**
   * Creates a `ksm` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: KsmInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.enabled = undefined;
      this.mergeAcrossNodes = undefined;
    }
  }
}

/**
 * A `ksm` as the SDK accepts it: a {@link Ksm} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ksm | reference: ksm}
 */
export interface KsmInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<ksm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ksm | reference: ksm}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ksm | reference: ksm} (its `enabled` attribute)
   */
  enabled?: boolean;
  /**
   * `boolean`. On the wire: element `<merge_across_nodes>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ksm | reference: ksm} (its `merge_across_nodes` attribute)
   */
  mergeAcrossNodes?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Ksm, () => ({
  href: VALUE,
  enabled: VALUE,
  mergeAcrossNodes: VALUE,
}));
