// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { SystemOptionValue } from './system-option-value';
import type { SystemOptionValueInit } from './system-option-value';

/**
 * The `system_option` type of the API, on the wire `<system_option>` (a list: `<system_options>` with one `<system_option>` per item); 5 attributes and 0 links.
 *
 * Create one with `new SystemOption({ ... })`, or pass a plain {@link SystemOptionInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option}
 * @since API 4.2
 */
export class SystemOption extends Struct {
  /**
   * A list of `SystemOptionValue`. On the wire: element `<values>` with one `<system_option_value>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option} (its `values` attribute)
   * @since API 4.2
   */
  values?: List<SystemOptionValue>;

  /**
   * `string`. On the wire: XML attribute `id` of `<system_option>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `system_option` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: SystemOptionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.values = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `system_option` as the SDK accepts it: a {@link SystemOption} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option}
 */
export interface SystemOptionInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<system_option>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option}
   */
  href?: string;
  /**
   * A list of `SystemOptionValueInit` (a `SystemOptionValue` or a plain object). On the wire: element `<values>` with one `<system_option_value>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option} (its `values` attribute)
   * @since API 4.2
   */
  values?: SystemOptionValueInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<system_option>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/system_option | reference: system_option} (its `comment` attribute)
   */
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
