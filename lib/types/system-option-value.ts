// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `system_option_value` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/system_option_value}
 * @since API 4.2
 */
export class SystemOptionValue extends Struct {
  /**
   * The `value` attribute (`<value>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/system_option_value/attributes/value}
   * @since API 4.2
   */
  value?: string;

  /**
   * The `version` attribute (`<version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/system_option_value/attributes/version}
   * @since API 4.2
   */
  version?: string;

  /** Creates a `system_option_value`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SystemOptionValueInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `system_option_value` as the SDK accepts it: a {@link SystemOptionValue} or a plain object of the same shape, at any depth. */
export interface SystemOptionValueInit {
  href?: string;
  value?: string;
  version?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SystemOptionValue, () => ({
  href: VALUE,
  value: VALUE,
  version: VALUE,
}));
