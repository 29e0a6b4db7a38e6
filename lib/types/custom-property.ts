// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `custom_property` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/custom_property}
 */
export class CustomProperty extends Struct {
  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/custom_property/attributes/name} */
  name?: string;

  /** The `value` attribute (`<value>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/custom_property/attributes/value} */
  value?: string;

  /** The `regexp` attribute (`<regexp>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/custom_property/attributes/regexp} */
  regexp?: string;

  /** Creates a `custom_property`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: CustomPropertyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `custom_property` as the SDK accepts it: a {@link CustomProperty} or a plain object of the same shape, at any depth. */
export interface CustomPropertyInit {
  href?: string;
  name?: string;
  value?: string;
  regexp?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(CustomProperty, () => ({
  href: VALUE,
  name: VALUE,
  value: VALUE,
  regexp: VALUE,
}));
