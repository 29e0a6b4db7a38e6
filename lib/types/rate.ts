// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `rate` type of the API, on the wire `<rate>` (a list: `<rates>` with one `<rate>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Rate({ ... })`, or pass a plain {@link RateInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rate | reference: rate}
 */
export class Rate extends Struct {
  /**
   * `number` (an integer). On the wire: element `<bytes>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rate | reference: rate} (its `bytes` attribute)
   */
  bytes?: number;

  /**
   * `number` (an integer). On the wire: element `<period>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rate | reference: rate} (its `period` attribute)
   */
  period?: number;

  /**
   * Creates a `rate` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: RateInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.bytes = undefined;
      this.period = undefined;
    }
  }
}

/**
 * A `rate` as the SDK accepts it: a {@link Rate} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rate | reference: rate}
 */
export interface RateInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<rate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rate | reference: rate}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<bytes>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rate | reference: rate} (its `bytes` attribute)
   */
  bytes?: number;
  /**
   * `number` (an integer). On the wire: element `<period>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rate | reference: rate} (its `period` attribute)
   */
  period?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Rate, () => ({
  href: VALUE,
  bytes: VALUE,
  period: VALUE,
}));
