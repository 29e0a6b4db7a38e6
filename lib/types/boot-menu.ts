// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `boot_menu` type of the API, on the wire `<boot_menu>` (a list: `<boot_menus>` with one `<boot_menu>` per item); 1 attribute and 0 links.
 *
 * Create one with `new BootMenu({ ... })`, or pass a plain {@link BootMenuInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_menu | reference: boot_menu}
 */
export class BootMenu extends Struct {
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_menu | reference: boot_menu} (its `enabled` attribute)
   */
  enabled?: boolean;

  /**
   * Creates a `boot_menu` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: BootMenuInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.enabled = undefined;
    }
  }
}

/**
 * A `boot_menu` as the SDK accepts it: a {@link BootMenu} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_menu | reference: boot_menu}
 */
export interface BootMenuInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<boot_menu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_menu | reference: boot_menu}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot_menu | reference: boot_menu} (its `enabled` attribute)
   */
  enabled?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(BootMenu, () => ({
  href: VALUE,
  enabled: VALUE,
}));
