// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `port_mirroring` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/port_mirroring}
 */
export class PortMirroring extends Struct {
  /** Creates a `port_mirroring`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: PortMirroringInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `port_mirroring` as the SDK accepts it: a {@link PortMirroring} or a plain object of the same shape, at any depth. */
export interface PortMirroringInit {
  href?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(PortMirroring, () => ({
  href: VALUE,
}));
