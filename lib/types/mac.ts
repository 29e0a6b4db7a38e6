// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `mac` type of the API, on the wire `<mac>` (a list: `<macs>` with one `<mac>` per item); 1 attribute and 0 links.
 *
 * Create one with `new Mac({ ... })`, or pass a plain {@link MacInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac | reference: mac}
 */
export class Mac extends Struct {
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac | reference: mac} (its `address` attribute)
   */
  address?: string;

  /**
   * Creates a `mac` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: MacInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.address = undefined;
    }
  }
}

/**
 * A `mac` as the SDK accepts it: a {@link Mac} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac | reference: mac}
 */
export interface MacInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<mac>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac | reference: mac}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac | reference: mac} (its `address` attribute)
   */
  address?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Mac, () => ({
  href: VALUE,
  address: VALUE,
}));
