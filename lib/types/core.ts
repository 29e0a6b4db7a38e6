// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `core` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/core}
 */
export class Core extends Struct {
  /** The `index` attribute (`<index>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/core/attributes/index} */
  index?: number;

  /** The `socket` attribute (`<socket>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/core/attributes/socket} */
  socket?: number;

  /** Creates a `core`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: CoreInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `core` as the SDK accepts it: a {@link Core} or a plain object of the same shape, at any depth. */
export interface CoreInit {
  href?: string;
  index?: number;
  socket?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Core, () => ({
  href: VALUE,
  index: VALUE,
  socket: VALUE,
}));
