// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `value` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/value}
 */
export class Value extends Struct {
  /** The `datum` attribute (`<datum>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/value/attributes/datum} */
  datum?: number;

  /** The `detail` attribute (`<detail>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/value/attributes/detail} */
  detail?: string;

  /** Creates a `value`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ValueInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `value` as the SDK accepts it: a {@link Value} or a plain object of the same shape, at any depth. */
export interface ValueInit {
  href?: string;
  datum?: number;
  detail?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Value, () => ({
  href: VALUE,
  datum: VALUE,
  detail: VALUE,
}));
