// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { UsbType } from './usb-type';

/**
 * The `usb` type of the API, on the wire `<usb>` (a list: `<usbs>` with one `<usb>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Usb({ ... })`, or pass a plain {@link UsbInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/usb | reference: usb}
 */
export class Usb extends Struct {
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/usb | reference: usb} (its `enabled` attribute)
   */
  enabled?: boolean;

  /**
   * `UsbType` (`legacy`, `native`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/usb | reference: usb} (its `type` attribute)
   */
  type?: UsbType | (string & {});

  /**
   * Creates a `usb` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: UsbInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.enabled = undefined;
      this.type = undefined;
    }
  }
}

/**
 * A `usb` as the SDK accepts it: a {@link Usb} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/usb | reference: usb}
 */
export interface UsbInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<usb>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/usb | reference: usb}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/usb | reference: usb} (its `enabled` attribute)
   */
  enabled?: boolean;
  /**
   * `UsbType` (`legacy`, `native`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/usb | reference: usb} (its `type` attribute)
   */
  type?: UsbType | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Usb, () => ({
  href: VALUE,
  enabled: VALUE,
  type: VALUE,
}));
