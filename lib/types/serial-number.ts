// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { SerialNumberPolicy } from './serial-number-policy';

/**
 * The `serial_number` type of the API, on the wire `<serial_number>` (a list: `<serial_numbers>` with one `<serial_number>` per item); 2 attributes and 0 links.
 *
 * Create one with `new SerialNumber({ ... })`, or pass a plain {@link SerialNumberInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number | reference: serial_number}
 */
export class SerialNumber extends Struct {
  /**
   * `SerialNumberPolicy` (`host`, `vm`, `custom`, `none`; or another string, from a newer engine). On the wire: element `<policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number | reference: serial_number} (its `policy` attribute)
   */
  policy?: SerialNumberPolicy | (string & {});

  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number | reference: serial_number} (its `value` attribute)
   */
  value?: string;

  /**
   * Creates a `serial_number` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: SerialNumberInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.policy = undefined;
      this.value = undefined;
    }
  }
}

/**
 * A `serial_number` as the SDK accepts it: a {@link SerialNumber} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number | reference: serial_number}
 */
export interface SerialNumberInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<serial_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number | reference: serial_number}
   */
  href?: string;
  /**
   * `SerialNumberPolicy` (`host`, `vm`, `custom`, `none`; another string is sent as it is). On the wire: element `<policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number | reference: serial_number} (its `policy` attribute)
   */
  policy?: SerialNumberPolicy | (string & {});
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/serial_number | reference: serial_number} (its `value` attribute)
   */
  value?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SerialNumber, () => ({
  href: VALUE,
  policy: VALUE,
  value: VALUE,
}));
