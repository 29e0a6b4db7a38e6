// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `io` type of the API, on the wire `<io>` (a list: `<ios>` with one `<io>` per item); 1 attribute and 0 links.
 *
 * Create one with `new Io({ ... })`, or pass a plain {@link IoInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/io | reference: io}
 */
export class Io extends Struct {
  /**
   * `number` (an integer). On the wire: element `<threads>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/io | reference: io} (its `threads` attribute)
   */
  threads?: number;

  /**
   * Creates a `io` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: IoInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.threads = undefined;
    }
  }
}

/**
 * A `io` as the SDK accepts it: a {@link Io} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/io | reference: io}
 */
export interface IoInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<io>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/io | reference: io}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<threads>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/io | reference: io} (its `threads` attribute)
   */
  threads?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Io, () => ({
  href: VALUE,
  threads: VALUE,
}));
