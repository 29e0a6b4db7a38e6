// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { SystemOptionValue } from './system-option-value';
import type { SystemOptionValueInit } from './system-option-value';

/**
 * The `system_option` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/system_option}
 * @since API 4.2
 */
export class SystemOption extends Struct {
  /**
   * The `values` attribute (`<values>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/system_option/attributes/values}
   * @since API 4.2
   */
  values?: List<SystemOptionValue>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/system_option/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/system_option/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/system_option/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/system_option/attributes/comment} */
  comment?: string;

  /** Creates a `system_option`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SystemOptionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `system_option` as the SDK accepts it: a {@link SystemOption} or a plain object of the same shape, at any depth. */
export interface SystemOptionInit {
  href?: string;
  values?: SystemOptionValueInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SystemOption, () => ({
  href: VALUE,
  values: [SystemOptionValue],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
