// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Domain } from './domain';
import type { DomainInit } from './domain';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Role } from './role';
import type { RoleInit } from './role';
import { Tag } from './tag';
import type { TagInit } from './tag';

/**
 * The `group` type of the API, on the wire `<group>` (a list: `<groups>` with one `<group>` per item); 6 attributes and 4 links.
 *
 * Create one with `new Group({ ... })`, or pass a plain {@link GroupInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group}
 */
export class Group extends Struct {
  /**
   * `string`. On the wire: element `<domain_entry_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `domain_entry_id` attribute)
   */
  domainEntryId?: string;

  /**
   * `string`. On the wire: element `<namespace>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `namespace` attribute)
   */
  namespace?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Domain`. On the wire: element `<domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `domain` link)
   */
  domain?: Domain;

  /**
   * A list of `Role`. On the wire: a link, `<link rel="roles" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<roles>` with one `<role>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `roles` link)
   */
  roles?: List<Role>;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * A list of `Tag`. On the wire: a link, `<link rel="tags" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<tags>` with one `<tag>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `tags` link)
   */
  tags?: List<Tag>;

  /**
   * Creates a `group` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: GroupInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.domainEntryId = undefined;
      this.namespace = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.domain = undefined;
      this.roles = undefined;
      this.permissions = undefined;
      this.tags = undefined;
    }
  }
}

/**
 * A `group` as the SDK accepts it: a {@link Group} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group}
 */
export interface GroupInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<domain_entry_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `domain_entry_id` attribute)
   */
  domainEntryId?: string;
  /**
   * `string`. On the wire: element `<namespace>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `namespace` attribute)
   */
  namespace?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<group>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addGroupLevel`: `permission.group.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `GroupsService.add`: `group.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `DomainInit` (a `Domain` or a plain object). On the wire: element `<domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `domain` link)
   */
  domain?: DomainInit;
  /**
   * A list of `RoleInit` (a `Role` or a plain object). On the wire: element `<roles>` with one `<role>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `roles` link)
   */
  roles?: RoleInit[];
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `permissions` link)
   */
  permissions?: PermissionInit[];
  /**
   * A list of `TagInit` (a `Tag` or a plain object). On the wire: element `<tags>` with one `<tag>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/group | reference: group} (its `tags` link)
   */
  tags?: TagInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Group, () => ({
  href: VALUE,
  domainEntryId: VALUE,
  namespace: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  domain: Domain,
  roles: [Role],
  permissions: [Permission],
  tags: [Tag],
}));
