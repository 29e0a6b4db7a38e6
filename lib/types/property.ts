// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `property` type of the API, on the wire `<property>` (a list: `<properties>` with one `<property>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Property({ ... })`, or pass a plain {@link PropertyInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/property | reference: property}
 */
export class Property extends Struct {
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/property | reference: property} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/property | reference: property} (its `value` attribute)
   */
  value?: string;

  /**
   * Creates a `property` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: PropertyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.name = undefined;
      this.value = undefined;
    }
  }
}

/**
 * A `property` as the SDK accepts it: a {@link Property} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/property | reference: property}
 */
export interface PropertyInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<property>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/property | reference: property}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/property | reference: property} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/property | reference: property} (its `value` attribute)
   */
  value?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Property, () => ({
  href: VALUE,
  name: VALUE,
  value: VALUE,
}));
