// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { SsoMethod } from './sso-method';

/**
 * The `method` type of the API, on the wire `<method>` (a list: `<methods>` with one `<method>` per item); 1 attribute and 0 links.
 *
 * Create one with `new Method({ ... })`, or pass a plain {@link MethodInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/method | reference: method}
 */
export class Method extends Struct {
  /**
   * `SsoMethod` (`guest_agent`; or another string, from a newer engine). On the wire: XML attribute `id` of `<method>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/method | reference: method} (its `id` attribute)
   */
  id?: SsoMethod | (string & {});

  /**
   * Creates a `method` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: MethodInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
    }
  }
}

/**
 * A `method` as the SDK accepts it: a {@link Method} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/method | reference: method}
 */
export interface MethodInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<method>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/method | reference: method}
   */
  href?: string;
  /**
   * `SsoMethod` (`guest_agent`; another string is sent as it is). On the wire: XML attribute `id` of `<method>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/method | reference: method} (its `id` attribute)
   */
  id?: SsoMethod | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Method, () => ({
  href: VALUE,
  id: VALUE,
}));
