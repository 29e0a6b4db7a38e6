// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { BiosType } from './bios-type';
import { BootMenu } from './boot-menu';
import type { BootMenuInit } from './boot-menu';

/**
 * The `bios` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/bios}
 */
export class Bios extends Struct {
  /** The `boot_menu` attribute (`<boot_menu>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/bios/attributes/boot_menu} */
  bootMenu?: BootMenu;

  /**
   * The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/bios/attributes/type}
   * @since API 4.3
   */
  type?: BiosType;

  /** Creates a `bios`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: BiosInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `bios` as the SDK accepts it: a {@link Bios} or a plain object of the same shape, at any depth. */
export interface BiosInit {
  href?: string;
  bootMenu?: BootMenuInit;
  type?: BiosType;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Bios, () => ({
  href: VALUE,
  bootMenu: BootMenu,
  type: VALUE,
}));
