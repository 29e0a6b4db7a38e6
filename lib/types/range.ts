// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `range` type of the API, on the wire `<range>` (a list: `<ranges>` with one `<range>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Range({ ... })`, or pass a plain {@link RangeInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/range | reference: range}
 */
export class Range extends Struct {
  /**
   * `string`. On the wire: element `<from>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/range | reference: range} (its `from` attribute)
   */
  from?: string;

  /**
   * `string`. On the wire: element `<to>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/range | reference: range} (its `to` attribute)
   */
  to?: string;

  /**
   * Creates a `range` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: RangeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.from = undefined;
      this.to = undefined;
    }
  }
}

/**
 * A `range` as the SDK accepts it: a {@link Range} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/range | reference: range}
 */
export interface RangeInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<range>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/range | reference: range}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<from>`.
   *
   * Needed by:
   * - `MacPoolsService.add`: `pool.ranges[].from`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/range | reference: range} (its `from` attribute)
   */
  from?: string;
  /**
   * `string`. On the wire: element `<to>`.
   *
   * Needed by:
   * - `MacPoolsService.add`: `pool.ranges[].to`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/range | reference: range} (its `to` attribute)
   */
  to?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Range, () => ({
  href: VALUE,
  from: VALUE,
  to: VALUE,
}));
