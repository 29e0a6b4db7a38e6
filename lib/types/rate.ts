// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `rate` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/rate}
 */
export class Rate extends Struct {
  /** The `bytes` attribute (`<bytes>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/rate/attributes/bytes} */
  bytes?: number;

  /** The `period` attribute (`<period>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/rate/attributes/period} */
  period?: number;

  /** Creates a `rate`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: RateInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `rate` as the SDK accepts it: a {@link Rate} or a plain object of the same shape, at any depth. */
export interface RateInit {
  href?: string;
  bytes?: number;
  period?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Rate, () => ({
  href: VALUE,
  bytes: VALUE,
  period: VALUE,
}));
