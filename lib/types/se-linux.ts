// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { SeLinuxMode } from './se-linux-mode';

/**
 * The `se_linux` type of the API, on the wire `<se_linux>` (a list: `<se_linuxs>` with one `<se_linux>` per item); 1 attribute and 0 links.
 *
 * Create one with `new SeLinux({ ... })`, or pass a plain {@link SeLinuxInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/se_linux | reference: se_linux}
 */
export class SeLinux extends Struct {
  /**
   * `SeLinuxMode` (`enforcing`, `permissive`, `disabled`; or another string, from a newer engine). On the wire: element `<mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/se_linux | reference: se_linux} (its `mode` attribute)
   */
  mode?: SeLinuxMode | (string & {});

  /**
   * Creates a `se_linux` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: SeLinuxInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.mode = undefined;
    }
  }
}

/**
 * A `se_linux` as the SDK accepts it: a {@link SeLinux} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/se_linux | reference: se_linux}
 */
export interface SeLinuxInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<se_linux>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/se_linux | reference: se_linux}
   */
  href?: string;
  /**
   * `SeLinuxMode` (`enforcing`, `permissive`, `disabled`; another string is sent as it is). On the wire: element `<mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/se_linux | reference: se_linux} (its `mode` attribute)
   */
  mode?: SeLinuxMode | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SeLinux, () => ({
  href: VALUE,
  mode: VALUE,
}));
