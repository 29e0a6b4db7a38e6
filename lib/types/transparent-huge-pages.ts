// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `transparent_huge_pages` type of the API, on the wire `<transparent_hugepages>` (a list: `<transparent_huge_pagess>` with one `<transparent_hugepages>` per item); 1 attribute and 0 links.
 *
 * Create one with `new TransparentHugePages({ ... })`, or pass a plain {@link TransparentHugePagesInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/transparent_huge_pages | reference: transparent_huge_pages}
 */
export class TransparentHugePages extends Struct {
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/transparent_huge_pages | reference: transparent_huge_pages} (its `enabled` attribute)
   */
  enabled?: boolean;

  /**
   * Creates a `transparent_huge_pages` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: TransparentHugePagesInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.enabled = undefined;
    }
  }
}

/**
 * A `transparent_huge_pages` as the SDK accepts it: a {@link TransparentHugePages} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/transparent_huge_pages | reference: transparent_huge_pages}
 */
export interface TransparentHugePagesInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<transparent_hugepages>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/transparent_huge_pages | reference: transparent_huge_pages}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/transparent_huge_pages | reference: transparent_huge_pages} (its `enabled` attribute)
   */
  enabled?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(TransparentHugePages, () => ({
  href: VALUE,
  enabled: VALUE,
}));
