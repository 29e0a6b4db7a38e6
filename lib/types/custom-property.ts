// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `custom_property` type of the API, on the wire `<custom_property>` (a list: `<custom_properties>` with one `<custom_property>` per item); 3 attributes and 0 links.
 *
 * Create one with `new CustomProperty({ ... })`, or pass a plain {@link CustomPropertyInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/custom_property | reference: custom_property}
 */
export class CustomProperty extends Struct {
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/custom_property | reference: custom_property} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/custom_property | reference: custom_property} (its `value` attribute)
   */
  value?: string;

  /**
   * `string`. On the wire: element `<regexp>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/custom_property | reference: custom_property} (its `regexp` attribute)
   */
  regexp?: string;

  /**
   * Creates a `custom_property` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: CustomPropertyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.name = undefined;
      this.value = undefined;
      this.regexp = undefined;
    }
  }
}

/**
 * A `custom_property` as the SDK accepts it: a {@link CustomProperty} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/custom_property | reference: custom_property}
 */
export interface CustomPropertyInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<custom_property>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/custom_property | reference: custom_property}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/custom_property | reference: custom_property} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/custom_property | reference: custom_property} (its `value` attribute)
   */
  value?: string;
  /**
   * `string`. On the wire: element `<regexp>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/custom_property | reference: custom_property} (its `regexp` attribute)
   */
  regexp?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(CustomProperty, () => ({
  href: VALUE,
  name: VALUE,
  value: VALUE,
  regexp: VALUE,
}));
