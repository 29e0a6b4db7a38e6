// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `property` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/property}
 */
export class Property extends Struct {
  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/property/attributes/name} */
  name?: string;

  /** The `value` attribute (`<value>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/property/attributes/value} */
  value?: string;

  /** Creates a `property`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: PropertyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `property` as the SDK accepts it: a {@link Property} or a plain object of the same shape, at any depth. */
export interface PropertyInit {
  href?: string;
  name?: string;
  value?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Property, () => ({
  href: VALUE,
  name: VALUE,
  value: VALUE,
}));
