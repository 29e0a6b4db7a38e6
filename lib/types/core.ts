// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `core` type of the API, on the wire `<core>` (a list: `<cores>` with one `<core>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Core({ ... })`, or pass a plain {@link CoreInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/core | reference: core}
 */
export class Core extends Struct {
  /**
   * `number` (an integer). On the wire: element `<index>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/core | reference: core} (its `index` attribute)
   */
  index?: number;

  /**
   * `number` (an integer). On the wire: element `<socket>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/core | reference: core} (its `socket` attribute)
   */
  socket?: number;

  /**
   * Creates a `core` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: CoreInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.index = undefined;
      this.socket = undefined;
    }
  }
}

/**
 * A `core` as the SDK accepts it: a {@link Core} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/core | reference: core}
 */
export interface CoreInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<core>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/core | reference: core}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<index>`.
   *
   * Needed by:
   * - `VmNumaNodesService.add`: `node.cpu.cores[].index`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/core | reference: core} (its `index` attribute)
   */
  index?: number;
  /**
   * `number` (an integer). On the wire: element `<socket>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/core | reference: core} (its `socket` attribute)
   */
  socket?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Core, () => ({
  href: VALUE,
  index: VALUE,
  socket: VALUE,
}));
