// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `port_mirroring` type of the API, on the wire `<port_mirroring>` (a list: `<port_mirrorings>` with one `<port_mirroring>` per item); 0 attributes and 0 links.
 *
 * Create one with `new PortMirroring({ ... })`, or pass a plain {@link PortMirroringInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/port_mirroring | reference: port_mirroring}
 */
export class PortMirroring extends Struct {
  /**
   * Creates a `port_mirroring` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: PortMirroringInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
    }
  }
}

/**
 * A `port_mirroring` as the SDK accepts it: a {@link PortMirroring} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/port_mirroring | reference: port_mirroring}
 */
export interface PortMirroringInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<port_mirroring>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/port_mirroring | reference: port_mirroring}
   */
  href?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(PortMirroring, () => ({
  href: VALUE,
}));
