// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Domain } from './domain';
import type { DomainInit } from './domain';
import { Group } from './group';
import type { GroupInit } from './group';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Property } from './property';
import type { PropertyInit } from './property';
import { Role } from './role';
import type { RoleInit } from './role';
import { SshPublicKey } from './ssh-public-key';
import type { SshPublicKeyInit } from './ssh-public-key';
import { Tag } from './tag';
import type { TagInit } from './tag';
import { UserOption } from './user-option';
import type { UserOptionInit } from './user-option';

/**
 * The `user` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user}
 */
export class User extends Struct {
  /** The `domain_entry_id` attribute (`<domain_entry_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/domain_entry_id} */
  domainEntryId?: string;

  /** The `department` attribute (`<department>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/department} */
  department?: string;

  /** The `logged_in` attribute (`<logged_in>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/logged_in} */
  loggedIn?: boolean;

  /** The `namespace` attribute (`<namespace>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/namespace} */
  namespace?: string;

  /** The `last_name` attribute (`<last_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/last_name} */
  lastName?: string;

  /** The `user_name` attribute (`<user_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/user_name} */
  userName?: string;

  /** The `principal` attribute (`<principal>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/principal} */
  principal?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/password} */
  password?: string;

  /** The `email` attribute (`<email>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/email} */
  email?: string;

  /**
   * The `user_options` attribute (`<user_options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/user_options}
   * @since API 4.4
   * @deprecated The model marks it deprecated.
   */
  userOptions?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/attributes/comment} */
  comment?: string;

  /** The `domain` link (`<domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/links/domain} */
  domain?: Domain;

  /** The `roles` link (`<roles>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/links/roles} */
  roles?: List<Role>;

  /** The `groups` link (`<groups>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/links/groups} */
  groups?: List<Group>;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/links/permissions} */
  permissions?: List<Permission>;

  /** The `tags` link (`<tags>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/links/tags} */
  tags?: List<Tag>;

  /** The `ssh_public_keys` link (`<ssh_public_keys>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/links/ssh_public_keys} */
  sshPublicKeys?: List<SshPublicKey>;

  /**
   * The `options` link (`<options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/user/links/options}
   * @since API 4.4.5
   */
  options?: List<UserOption>;

  /** Creates a `user`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: UserInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `user` as the SDK accepts it: a {@link User} or a plain object of the same shape, at any depth. */
export interface UserInit {
  href?: string;
  domainEntryId?: string;
  department?: string;
  loggedIn?: boolean;
  namespace?: string;
  lastName?: string;
  userName?: string;
  principal?: string;
  password?: string;
  email?: string;
  userOptions?: PropertyInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  domain?: DomainInit;
  roles?: RoleInit[];
  groups?: GroupInit[];
  permissions?: PermissionInit[];
  tags?: TagInit[];
  sshPublicKeys?: SshPublicKeyInit[];
  options?: UserOptionInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(User, () => ({
  href: VALUE,
  domainEntryId: VALUE,
  department: VALUE,
  loggedIn: VALUE,
  namespace: VALUE,
  lastName: VALUE,
  userName: VALUE,
  principal: VALUE,
  password: VALUE,
  email: VALUE,
  userOptions: [Property],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  domain: Domain,
  roles: [Role],
  groups: [Group],
  permissions: [Permission],
  tags: [Tag],
  sshPublicKeys: [SshPublicKey],
  options: [UserOption],
}));
