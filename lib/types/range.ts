// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `range` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/range}
 */
export class Range extends Struct {
  /** The `from` attribute (`<from>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/range/attributes/from} */
  from?: string;

  /** The `to` attribute (`<to>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/range/attributes/to} */
  to?: string;

  /** Creates a `range`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: RangeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `range` as the SDK accepts it: a {@link Range} or a plain object of the same shape, at any depth. */
export interface RangeInit {
  href?: string;
  from?: string;
  to?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Range, () => ({
  href: VALUE,
  from: VALUE,
  to: VALUE,
}));
