// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Method } from './method';
import type { MethodInit } from './method';

/**
 * The `sso` type of the API, on the wire `<sso>` (a list: `<ssos>` with one `<sso>` per item); 1 attribute and 0 links.
 *
 * Create one with `new Sso({ ... })`, or pass a plain {@link SsoInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/sso | reference: sso}
 */
export class Sso extends Struct {
  /**
   * A list of `Method`. On the wire: element `<methods>` with one `<method>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/sso | reference: sso} (its `methods` attribute)
   */
  methods?: List<Method>;

  /**
   * Creates a `sso` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: SsoInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.methods = undefined;
    }
  }
}

/**
 * A `sso` as the SDK accepts it: a {@link Sso} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/sso | reference: sso}
 */
export interface SsoInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<sso>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/sso | reference: sso}
   */
  href?: string;
  /**
   * A list of `MethodInit` (a `Method` or a plain object). On the wire: element `<methods>` with one `<method>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/sso | reference: sso} (its `methods` attribute)
   */
  methods?: MethodInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Sso, () => ({
  href: VALUE,
  methods: [Method],
}));
