// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Permit } from './permit';
import type { PermitInit } from './permit';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `role` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/role}
 */
export class Role extends Struct {
  /** The `mutable` attribute (`<mutable>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/role/attributes/mutable} */
  mutable?: boolean;

  /** The `administrative` attribute (`<administrative>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/role/attributes/administrative} */
  administrative?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/role/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/role/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/role/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/role/attributes/comment} */
  comment?: string;

  /** The `user` link (`<user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/role/links/user} */
  user?: User;

  /** The `permits` link (`<permits>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/role/links/permits} */
  permits?: List<Permit>;

  /** Creates a `role`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: RoleInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `role` as the SDK accepts it: a {@link Role} or a plain object of the same shape, at any depth. */
export interface RoleInit {
  href?: string;
  mutable?: boolean;
  administrative?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  user?: UserInit;
  permits?: PermitInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Role, () => ({
  href: VALUE,
  mutable: VALUE,
  administrative: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  user: User,
  permits: [Permit],
}));
