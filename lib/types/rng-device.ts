// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Rate } from './rate';
import type { RateInit } from './rate';
import type { RngSource } from './rng-source';

/**
 * The `rng_device` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/rng_device}
 */
export class RngDevice extends Struct {
  /** The `rate` attribute (`<rate>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/rng_device/attributes/rate} */
  rate?: Rate;

  /** The `source` attribute (`<source>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/rng_device/attributes/source} */
  source?: RngSource;

  /** Creates a `rng_device`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: RngDeviceInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `rng_device` as the SDK accepts it: a {@link RngDevice} or a plain object of the same shape, at any depth. */
export interface RngDeviceInit {
  href?: string;
  rate?: RateInit;
  source?: RngSource;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RngDevice, () => ({
  href: VALUE,
  rate: Rate,
  source: VALUE,
}));
