// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { BootDevice } from './boot-device';

/**
 * The `boot` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/boot}
 */
export class Boot extends Struct {
  /** The `devices` attribute (`<devices>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/boot/attributes/devices} */
  devices?: List<BootDevice>;

  /** Creates a `boot`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: BootInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `boot` as the SDK accepts it: a {@link Boot} or a plain object of the same shape, at any depth. */
export interface BootInit {
  href?: string;
  devices?: BootDevice[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Boot, () => ({
  href: VALUE,
  devices: [VALUE],
}));
