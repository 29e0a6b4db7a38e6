// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { SerialNumberPolicy } from './serial-number-policy';

/**
 * The `serial_number` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/serial_number}
 */
export class SerialNumber extends Struct {
  /** The `policy` attribute (`<policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/serial_number/attributes/policy} */
  policy?: SerialNumberPolicy;

  /** The `value` attribute (`<value>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/serial_number/attributes/value} */
  value?: string;

  /** Creates a `serial_number`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SerialNumberInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `serial_number` as the SDK accepts it: a {@link SerialNumber} or a plain object of the same shape, at any depth. */
export interface SerialNumberInit {
  href?: string;
  policy?: SerialNumberPolicy;
  value?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SerialNumber, () => ({
  href: VALUE,
  policy: VALUE,
  value: VALUE,
}));
