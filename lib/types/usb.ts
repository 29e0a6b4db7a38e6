// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { UsbType } from './usb-type';

/**
 * The `usb` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/usb}
 */
export class Usb extends Struct {
  /** The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/usb/attributes/enabled} */
  enabled?: boolean;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/usb/attributes/type} */
  type?: UsbType;

  /** Creates a `usb`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: UsbInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `usb` as the SDK accepts it: a {@link Usb} or a plain object of the same shape, at any depth. */
export interface UsbInit {
  href?: string;
  enabled?: boolean;
  type?: UsbType;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Usb, () => ({
  href: VALUE,
  enabled: VALUE,
  type: VALUE,
}));
