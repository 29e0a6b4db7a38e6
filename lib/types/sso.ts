// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Method } from './method';
import type { MethodInit } from './method';

/**
 * The `sso` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/sso}
 */
export class Sso extends Struct {
  /** The `methods` attribute (`<methods>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/sso/attributes/methods} */
  methods?: List<Method>;

  /** Creates a `sso`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SsoInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `sso` as the SDK accepts it: a {@link Sso} or a plain object of the same shape, at any depth. */
export interface SsoInit {
  href?: string;
  methods?: MethodInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Sso, () => ({
  href: VALUE,
  methods: [Method],
}));
