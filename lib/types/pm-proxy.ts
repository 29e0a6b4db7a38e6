// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { PmProxyType } from './pm-proxy-type';

/**
 * The `pm_proxy` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/pm_proxy}
 */
export class PmProxy extends Struct {
  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/pm_proxy/attributes/type} */
  type?: PmProxyType;

  /** Creates a `pm_proxy`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: PmProxyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `pm_proxy` as the SDK accepts it: a {@link PmProxy} or a plain object of the same shape, at any depth. */
export interface PmProxyInit {
  href?: string;
  type?: PmProxyType;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(PmProxy, () => ({
  href: VALUE,
  type: VALUE,
}));
