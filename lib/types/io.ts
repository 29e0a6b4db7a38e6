// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `io` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/io}
 */
export class Io extends Struct {
  /** The `threads` attribute (`<threads>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/io/attributes/threads} */
  threads?: number;

  /** Creates a `io`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: IoInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `io` as the SDK accepts it: a {@link Io} or a plain object of the same shape, at any depth. */
export interface IoInit {
  href?: string;
  threads?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Io, () => ({
  href: VALUE,
  threads: VALUE,
}));
