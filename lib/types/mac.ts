// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `mac` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/mac}
 */
export class Mac extends Struct {
  /** The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/mac/attributes/address} */
  address?: string;

  /** Creates a `mac`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: MacInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `mac` as the SDK accepts it: a {@link Mac} or a plain object of the same shape, at any depth. */
export interface MacInit {
  href?: string;
  address?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Mac, () => ({
  href: VALUE,
  address: VALUE,
}));
