// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `option` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/option}
 */
export class Option extends Struct {
  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/option/attributes/name} */
  name?: string;

  /** The `value` attribute (`<value>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/option/attributes/value} */
  value?: string;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/option/attributes/type} */
  type?: string;

  /** Creates a `option`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: OptionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `option` as the SDK accepts it: a {@link Option} or a plain object of the same shape, at any depth. */
export interface OptionInit {
  href?: string;
  name?: string;
  value?: string;
  type?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Option, () => ({
  href: VALUE,
  name: VALUE,
  value: VALUE,
  type: VALUE,
}));
