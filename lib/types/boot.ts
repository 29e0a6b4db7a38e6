// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { BootDevice } from './boot-device';

/**
 * The `boot` type of the API, on the wire `<boot>` (a list: `<boots>` with one `<boot>` per item); 1 attribute and 0 links.
 *
 * Create one with `new Boot({ ... })`, or pass a plain {@link BootInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot | reference: boot}
 */
export class Boot extends Struct {
  /**
   * A list of `BootDevice` (`cdrom`, `hd`, `network`; or another string, from a newer engine). On the wire: element `<devices>` with one `<device>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot | reference: boot} (its `devices` attribute)
   */
  devices?: List<BootDevice | (string & {})>;

  /**
   * Creates a `boot` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: BootInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.devices = undefined;
    }
  }
}

/**
 * A `boot` as the SDK accepts it: a {@link Boot} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot | reference: boot}
 */
export interface BootInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<boot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot | reference: boot}
   */
  href?: string;
  /**
   * A list of `BootDevice` (`cdrom`, `hd`, `network`; another string is sent as it is). On the wire: element `<devices>` with one `<device>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/boot | reference: boot} (its `devices` attribute)
   */
  devices?: (BootDevice | (string & {}))[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Boot, () => ({
  href: VALUE,
  devices: [VALUE],
}));
