// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `user` type of the API, on the wire `<user>` (a list: `<users>` with one `<user>` per item); 14 attributes and 7 links.
 *
 * Create one with `new User({ ... })`, or pass a plain {@link UserInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user}
 */
export class User extends Struct {
  /**
   * `string`. On the wire: element `<domain_entry_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `domain_entry_id` attribute)
   */
  domainEntryId?: string;

  /**
   * `string`. On the wire: element `<department>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `department` attribute)
   */
  department?: string;

  /**
   * `boolean`. On the wire: element `<logged_in>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `logged_in` attribute)
   */
  loggedIn?: boolean;

  /**
   * `string`. On the wire: element `<namespace>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `namespace` attribute)
   */
  namespace?: string;

  /**
   * `string`. On the wire: element `<last_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `last_name` attribute)
   */
  lastName?: string;

  /**
   * `string`. On the wire: element `<user_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `user_name` attribute)
   */
  userName?: string;

  /**
   * `string`. On the wire: element `<principal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `principal` attribute)
   */
  principal?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `password` attribute)
   */
  password?: string;

  /**
   * `string`. On the wire: element `<email>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `email` attribute)
   */
  email?: string;

  /**
   * A list of `Property`. On the wire: element `<user_options>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `user_options` attribute)
   * @since API 4.4
   * @deprecated The API model marks it deprecated.
   */
  userOptions?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Domain`. On the wire: element `<domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `domain` link)
   */
  domain?: Domain;

  /**
   * A list of `Role`. On the wire: a link, `<link rel="roles" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<roles>` with one `<role>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `roles` link)
   */
  roles?: List<Role>;

  /**
   * A list of `Group`. On the wire: a link, `<link rel="groups" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<groups>` with one `<group>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `groups` link)
   */
  groups?: List<Group>;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * A list of `Tag`. On the wire: a link, `<link rel="tags" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<tags>` with one `<tag>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `tags` link)
   */
  tags?: List<Tag>;

  /**
   * A list of `SshPublicKey`. On the wire: a link, `<link rel="sshpublickeys" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<ssh_public_keys>` with one `<ssh_public_key>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `ssh_public_keys` link)
   */
  sshPublicKeys?: List<SshPublicKey>;

  /**
   * A list of `UserOption`. On the wire: a link, `<link rel="options" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<options>` with one `<user_option>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `options` link)
   * @since API 4.4.5
   */
  options?: List<UserOption>;

  /**
   * Creates a `user` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: UserInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.domainEntryId = undefined;
      this.department = undefined;
      this.loggedIn = undefined;
      this.namespace = undefined;
      this.lastName = undefined;
      this.userName = undefined;
      this.principal = undefined;
      this.password = undefined;
      this.email = undefined;
      this.userOptions = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.domain = undefined;
      this.roles = undefined;
      this.groups = undefined;
      this.permissions = undefined;
      this.tags = undefined;
      this.sshPublicKeys = undefined;
      this.options = undefined;
    }
  }
}

/**
 * A `user` as the SDK accepts it: a {@link User} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user}
 */
export interface UserInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<domain_entry_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `domain_entry_id` attribute)
   */
  domainEntryId?: string;
  /**
   * `string`. On the wire: element `<department>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `department` attribute)
   */
  department?: string;
  /**
   * `boolean`. On the wire: element `<logged_in>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `logged_in` attribute)
   */
  loggedIn?: boolean;
  /**
   * `string`. On the wire: element `<namespace>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `namespace` attribute)
   */
  namespace?: string;
  /**
   * `string`. On the wire: element `<last_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `last_name` attribute)
   */
  lastName?: string;
  /**
   * `string`. On the wire: element `<user_name>`.
   *
   * Needed by:
   * - `HostService.approveUsingSsh`: `opts.host.ssh.user.userName`
   * - `UsersService.add`: `user.userName`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `user_name` attribute)
   */
  userName?: string;
  /**
   * `string`. On the wire: element `<principal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `principal` attribute)
   */
  principal?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Needed by:
   * - `HostService.approveUsingSsh`: `opts.host.ssh.user.password`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `password` attribute)
   */
  password?: string;
  /**
   * `string`. On the wire: element `<email>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `email` attribute)
   */
  email?: string;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<user_options>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `user_options` attribute)
   * @since API 4.4
   * @deprecated The API model marks it deprecated.
   */
  userOptions?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<user>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addUserLevel`: `permission.user.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `DomainInit` (a `Domain` or a plain object). On the wire: element `<domain>`.
   *
   * Needed by:
   * - `UsersService.add`: `user.domain.id` or `user.domain.name` when `user.userName` matches `^[^@]*@?$`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `domain` link)
   */
  domain?: DomainInit;
  /**
   * A list of `RoleInit` (a `Role` or a plain object). On the wire: element `<roles>` with one `<role>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `roles` link)
   */
  roles?: RoleInit[];
  /**
   * A list of `GroupInit` (a `Group` or a plain object). On the wire: element `<groups>` with one `<group>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `groups` link)
   */
  groups?: GroupInit[];
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `permissions` link)
   */
  permissions?: PermissionInit[];
  /**
   * A list of `TagInit` (a `Tag` or a plain object). On the wire: element `<tags>` with one `<tag>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `tags` link)
   */
  tags?: TagInit[];
  /**
   * A list of `SshPublicKeyInit` (a `SshPublicKey` or a plain object). On the wire: element `<ssh_public_keys>` with one `<ssh_public_key>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `ssh_public_keys` link)
   */
  sshPublicKeys?: SshPublicKeyInit[];
  /**
   * A list of `UserOptionInit` (a `UserOption` or a plain object). On the wire: element `<options>` with one `<user_option>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user | reference: user} (its `options` link)
   * @since API 4.4.5
   */
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
