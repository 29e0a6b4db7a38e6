// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { SsoMethod } from './sso-method';

/**
 * The `method` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/method}
 */
export class Method extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/method/attributes/id} */
  id?: SsoMethod;

  /** Creates a `method`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: MethodInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `method` as the SDK accepts it: a {@link Method} or a plain object of the same shape, at any depth. */
export interface MethodInit {
  href?: string;
  id?: SsoMethod;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Method, () => ({
  href: VALUE,
  id: VALUE,
}));
