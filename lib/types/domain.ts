// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Group } from './group';
import type { GroupInit } from './group';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `domain` type of the API, on the wire `<domain>` (a list: `<domains>` with one `<domain>` per item); 5 attributes and 2 links.
 *
 * Create one with `new Domain({ ... })`, or pass a plain {@link DomainInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain}
 */
export class Domain extends Struct {
  /**
   * `User`. On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `user` attribute)
   */
  user?: User;

  /**
   * `string`. On the wire: XML attribute `id` of `<domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `Group`. On the wire: a link, `<link rel="groups" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<groups>` with one `<group>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `groups` link)
   */
  groups?: List<Group>;

  /**
   * A list of `User`. On the wire: a link, `<link rel="users" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<users>` with one `<user>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `users` link)
   */
  users?: List<User>;

  /**
   * Creates a `domain` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: DomainInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.user = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.groups = undefined;
      this.users = undefined;
    }
  }
}

/**
 * A `domain` as the SDK accepts it: a {@link Domain} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain}
 */
export interface DomainInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain}
   */
  href?: string;
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `user` attribute)
   */
  user?: UserInit;
  /**
   * `string`. On the wire: XML attribute `id` of `<domain>`.
   *
   * Needed by:
   * - `UsersService.add`: `user.domain.id` or `user.domain.name` when `user.userName` matches `^[^@]*@?$`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `UsersService.add`: `user.domain.id` or `user.domain.name` when `user.userName` matches `^[^@]*@?$`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `GroupInit` (a `Group` or a plain object). On the wire: element `<groups>` with one `<group>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `groups` link)
   */
  groups?: GroupInit[];
  /**
   * A list of `UserInit` (a `User` or a plain object). On the wire: element `<users>` with one `<user>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/domain | reference: domain} (its `users` link)
   */
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
