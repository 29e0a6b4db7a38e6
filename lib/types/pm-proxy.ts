// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { PmProxyType } from './pm-proxy-type';

/**
 * The `pm_proxy` type of the API, on the wire `<pm_proxy>` (a list: `<pm_proxies>` with one `<pm_proxy>` per item); 1 attribute and 0 links.
 *
 * Create one with `new PmProxy({ ... })`, or pass a plain {@link PmProxyInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/pm_proxy | reference: pm_proxy}
 */
export class PmProxy extends Struct {
  /**
   * `PmProxyType` (`cluster`, `dc`, `other_dc`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/pm_proxy | reference: pm_proxy} (its `type` attribute)
   */
  type?: PmProxyType | (string & {});

  /**
   * Creates a `pm_proxy` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: PmProxyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
    }
  }
}

/**
 * A `pm_proxy` as the SDK accepts it: a {@link PmProxy} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/pm_proxy | reference: pm_proxy}
 */
export interface PmProxyInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<pm_proxy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/pm_proxy | reference: pm_proxy}
   */
  href?: string;
  /**
   * `PmProxyType` (`cluster`, `dc`, `other_dc`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/pm_proxy | reference: pm_proxy} (its `type` attribute)
   */
  type?: PmProxyType | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(PmProxy, () => ({
  href: VALUE,
  type: VALUE,
}));
