// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `system_option_value` type of the API, on the wire `<system_option_value>` (a list: `<system_option_values>` with one `<system_option_value>` per item); 2 attributes and 0 links.
 *
 * Create one with `new SystemOptionValue({ ... })`, or pass a plain {@link SystemOptionValueInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option_value | reference: system_option_value}
 * @since API 4.2
 */
export class SystemOptionValue extends Struct {
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option_value | reference: system_option_value} (its `value` attribute)
   * @since API 4.2
   */
  value?: string;

  /**
   * `string`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option_value | reference: system_option_value} (its `version` attribute)
   * @since API 4.2
   */
  version?: string;

  /**
   * Creates a `system_option_value` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: SystemOptionValueInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.value = undefined;
      this.version = undefined;
    }
  }
}

/**
 * A `system_option_value` as the SDK accepts it: a {@link SystemOptionValue} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option_value | reference: system_option_value}
 */
export interface SystemOptionValueInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<system_option_value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option_value | reference: system_option_value}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option_value | reference: system_option_value} (its `value` attribute)
   * @since API 4.2
   */
  value?: string;
  /**
   * `string`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option_value | reference: system_option_value} (its `version` attribute)
   * @since API 4.2
   */
  version?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SystemOptionValue, () => ({
  href: VALUE,
  value: VALUE,
  version: VALUE,
}));
