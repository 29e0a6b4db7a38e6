// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { BiosType } from './bios-type';
import { BootMenu } from './boot-menu';
import type { BootMenuInit } from './boot-menu';

/**
 * The `bios` type of the API, on the wire `<bios>` (a list: `<bioss>` with one `<bios>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Bios({ ... })`, or pass a plain {@link BiosInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios | reference: bios}
 */
export class Bios extends Struct {
  /**
   * `BootMenu`. On the wire: element `<boot_menu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios | reference: bios} (its `boot_menu` attribute)
   */
  bootMenu?: BootMenu;

  /**
   * `BiosType` (`cluster_default`, `i440fx_sea_bios`, `q35_sea_bios`, `q35_ovmf`, `q35_secure_boot`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios | reference: bios} (its `type` attribute)
   * @since API 4.3
   */
  type?: BiosType | (string & {});

  /**
   * Creates a `bios` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: BiosInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.bootMenu = undefined;
      this.type = undefined;
    }
  }
}

/**
 * A `bios` as the SDK accepts it: a {@link Bios} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios | reference: bios}
 */
export interface BiosInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<bios>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios | reference: bios}
   */
  href?: string;
  /**
   * `BootMenuInit` (a `BootMenu` or a plain object). On the wire: element `<boot_menu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios | reference: bios} (its `boot_menu` attribute)
   */
  bootMenu?: BootMenuInit;
  /**
   * `BiosType` (`cluster_default`, `i440fx_sea_bios`, `q35_sea_bios`, `q35_ovmf`, `q35_secure_boot`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios | reference: bios} (its `type` attribute)
   * @since API 4.3
   */
  type?: BiosType | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Bios, () => ({
  href: VALUE,
  bootMenu: BootMenu,
  type: VALUE,
}));
