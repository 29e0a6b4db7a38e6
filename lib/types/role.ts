// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Permit } from './permit';
import type { PermitInit } from './permit';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `role` type of the API, on the wire `<role>` (a list: `<roles>` with one `<role>` per item); 6 attributes and 2 links.
 *
 * Create one with `new Role({ ... })`, or pass a plain {@link RoleInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role}
 */
export class Role extends Struct {
  /**
   * `boolean`. On the wire: element `<mutable>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `mutable` attribute)
   */
  mutable?: boolean;

  /**
   * `boolean`. On the wire: element `<administrative>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `administrative` attribute)
   */
  administrative?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<role>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `User`. On the wire: element `<user>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `user` link)
   */
  user?: User;

  /**
   * A list of `Permit`. On the wire: a link, `<link rel="permits" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permits>` with one `<permit>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `permits` link)
   */
  permits?: List<Permit>;

  /**
   * Creates a `role` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: RoleInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.mutable = undefined;
      this.administrative = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.user = undefined;
      this.permits = undefined;
    }
  }
}

/**
 * A `role` as the SDK accepts it: a {@link Role} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role}
 */
export interface RoleInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<role>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<mutable>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `mutable` attribute)
   */
  mutable?: boolean;
  /**
   * `boolean`. On the wire: element `<administrative>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `administrative` attribute)
   */
  administrative?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<role>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addUserLevel`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addGroupLevel`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addDataCenterPermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addClusterPermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addHostPermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addStorageDomainPermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addVmPermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addVmPoolPermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addTemplatePermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.add`: `permission.role.id` or `permission.role.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addUserLevel`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addGroupLevel`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addDataCenterPermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addClusterPermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addHostPermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addStorageDomainPermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addVmPermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addVmPoolPermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.addTemplatePermission`: `permission.role.id` or `permission.role.name`
   * - `AssignedPermissionsService.add`: `permission.role.id` or `permission.role.name`
   * - `RolesService.add`: `role.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `user` link)
   */
  user?: UserInit;
  /**
   * A list of `PermitInit` (a `Permit` or a plain object). On the wire: element `<permits>` with one `<permit>` per item (a list read as a link and never fetched is not sent).
   *
   * Needed by:
   * - `RolesService.add`: `role.permits[].id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/role | reference: role} (its `permits` link)
   */
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
