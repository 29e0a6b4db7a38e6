// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Rate } from './rate';
import type { RateInit } from './rate';
import type { RngSource } from './rng-source';

/**
 * The `rng_device` type of the API, on the wire `<rng_device>` (a list: `<rng_devices>` with one `<rng_device>` per item); 2 attributes and 0 links.
 *
 * Create one with `new RngDevice({ ... })`, or pass a plain {@link RngDeviceInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rng_device | reference: rng_device}
 */
export class RngDevice extends Struct {
  /**
   * `Rate`. On the wire: element `<rate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rng_device | reference: rng_device} (its `rate` attribute)
   */
  rate?: Rate;

  /**
   * `RngSource` (`random`, `urandom`, `hwrng`; or another string, from a newer engine). On the wire: element `<source>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rng_device | reference: rng_device} (its `source` attribute)
   */
  source?: RngSource | (string & {});

  /**
   * Creates a `rng_device` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: RngDeviceInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.rate = undefined;
      this.source = undefined;
    }
  }
}

/**
 * A `rng_device` as the SDK accepts it: a {@link RngDevice} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rng_device | reference: rng_device}
 */
export interface RngDeviceInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<rng_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rng_device | reference: rng_device}
   */
  href?: string;
  /**
   * `RateInit` (a `Rate` or a plain object). On the wire: element `<rate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rng_device | reference: rng_device} (its `rate` attribute)
   */
  rate?: RateInit;
  /**
   * `RngSource` (`random`, `urandom`, `hwrng`; another string is sent as it is). On the wire: element `<source>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rng_device | reference: rng_device} (its `source` attribute)
   */
  source?: RngSource | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RngDevice, () => ({
  href: VALUE,
  rate: Rate,
  source: VALUE,
}));
