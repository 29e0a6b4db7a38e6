// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `fault` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fault}
 */
export class Fault extends Struct {
  /** The `reason` attribute (`<reason>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fault/attributes/reason} */
  reason?: string;

  /** The `detail` attribute (`<detail>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fault/attributes/detail} */
  detail?: string;

  /** Creates a `fault`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: FaultInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `fault` as the SDK accepts it: a {@link Fault} or a plain object of the same shape, at any depth. */
export interface FaultInit {
  href?: string;
  reason?: string;
  detail?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Fault, () => ({
  href: VALUE,
  reason: VALUE,
  detail: VALUE,
}));
