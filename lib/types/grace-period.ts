// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `grace_period` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/grace_period}
 */
export class GracePeriod extends Struct {
  /** The `expiry` attribute (`<expiry>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/grace_period/attributes/expiry} */
  expiry?: number;

  /** Creates a `grace_period`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GracePeriodInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `grace_period` as the SDK accepts it: a {@link GracePeriod} or a plain object of the same shape, at any depth. */
export interface GracePeriodInit {
  href?: string;
  expiry?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GracePeriod, () => ({
  href: VALUE,
  expiry: VALUE,
}));
