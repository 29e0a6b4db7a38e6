// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { SpmStatus } from './spm-status';

/**
 * The `spm` type of the API, on the wire `<spm>` (a list: `<spms>` with one `<spm>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Spm({ ... })`, or pass a plain {@link SpmInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/spm | reference: spm}
 */
export class Spm extends Struct {
  /**
   * `number` (an integer). On the wire: element `<priority>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/spm | reference: spm} (its `priority` attribute)
   */
  priority?: number;

  /**
   * `SpmStatus` (`none`, `contending`, `spm`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/spm | reference: spm} (its `status` attribute)
   */
  status?: SpmStatus | (string & {});

  /**
   * Creates a `spm` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: SpmInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.priority = undefined;
      this.status = undefined;
    }
  }
}

/**
 * A `spm` as the SDK accepts it: a {@link Spm} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/spm | reference: spm}
 */
export interface SpmInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<spm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/spm | reference: spm}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<priority>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/spm | reference: spm} (its `priority` attribute)
   */
  priority?: number;
  /**
   * `SpmStatus` (`none`, `contending`, `spm`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/spm | reference: spm} (its `status` attribute)
   */
  status?: SpmStatus | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Spm, () => ({
  href: VALUE,
  priority: VALUE,
  status: VALUE,
}));
