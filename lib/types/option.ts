// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `option` type of the API, on the wire `<option>` (a list: `<options>` with one `<option>` per item); 3 attributes and 0 links.
 *
 * Create one with `new Option({ ... })`, or pass a plain {@link OptionInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/option | reference: option}
 */
export class Option extends Struct {
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/option | reference: option} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/option | reference: option} (its `value` attribute)
   */
  value?: string;

  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/option | reference: option} (its `type` attribute)
   */
  type?: string;

  /**
   * Creates a `option` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: OptionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.name = undefined;
      this.value = undefined;
      this.type = undefined;
    }
  }
}

/**
 * A `option` as the SDK accepts it: a {@link Option} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/option | reference: option}
 */
export interface OptionInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<option>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/option | reference: option}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `GlusterVolumeService.resetOption`: `opts.option.name`
   * - `GlusterVolumeService.setOption`: `opts.option.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/option | reference: option} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Needed by:
   * - `GlusterVolumeService.setOption`: `opts.option.value`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/option | reference: option} (its `value` attribute)
   */
  value?: string;
  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/option | reference: option} (its `type` attribute)
   */
  type?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Option, () => ({
  href: VALUE,
  name: VALUE,
  value: VALUE,
  type: VALUE,
}));
