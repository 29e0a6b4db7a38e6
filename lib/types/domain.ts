// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Group } from './group';
import type { GroupInit } from './group';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `domain` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/domain}
 */
export class Domain extends Struct {
  /** The `user` attribute (`<user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/domain/attributes/user} */
  user?: User;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/domain/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/domain/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/domain/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/domain/attributes/comment} */
  comment?: string;

  /** The `groups` link (`<groups>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/domain/links/groups} */
  groups?: List<Group>;

  /** The `users` link (`<users>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/domain/links/users} */
  users?: List<User>;

  /** Creates a `domain`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: DomainInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `domain` as the SDK accepts it: a {@link Domain} or a plain object of the same shape, at any depth. */
export interface DomainInit {
  href?: string;
  user?: UserInit;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  groups?: GroupInit[];
  users?: UserInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Domain, () => ({
  href: VALUE,
  user: User,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  groups: [Group],
  users: [User],
}));
