// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `value` type of the API, on the wire `<value>` (a list: `<values>` with one `<value>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Value({ ... })`, or pass a plain {@link ValueInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/value | reference: value}
 */
export class Value extends Struct {
  /**
   * `number` (a decimal). On the wire: element `<datum>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/value | reference: value} (its `datum` attribute)
   */
  datum?: number;

  /**
   * `string`. On the wire: element `<detail>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/value | reference: value} (its `detail` attribute)
   */
  detail?: string;

  /**
   * Creates a `value` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ValueInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.datum = undefined;
      this.detail = undefined;
    }
  }
}

/**
 * A `value` as the SDK accepts it: a {@link Value} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/value | reference: value}
 */
export interface ValueInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/value | reference: value}
   */
  href?: string;
  /**
   * `number` (a decimal). On the wire: element `<datum>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/value | reference: value} (its `datum` attribute)
   */
  datum?: number;
  /**
   * `string`. On the wire: element `<detail>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/value | reference: value} (its `detail` attribute)
   */
  detail?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Value, () => ({
  href: VALUE,
  datum: VALUE,
  detail: VALUE,
}));
