// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { DataCenter } from './data-center';
import type { DataCenterInit } from './data-center';
import { Disk } from './disk';
import type { DiskInit } from './disk';
import { Group } from './group';
import type { GroupInit } from './group';
import { Host } from './host';
import type { HostInit } from './host';
import { Role } from './role';
import type { RoleInit } from './role';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';
import { Template } from './template';
import type { TemplateInit } from './template';
import { User } from './user';
import type { UserInit } from './user';
import { Vm } from './vm';
import type { VmInit } from './vm';
import { VmPool } from './vm-pool';
import type { VmPoolInit } from './vm-pool';

/**
 * The `permission` type of the API, on the wire `<permission>` (a list: `<permissions>` with one `<permission>` per item); 4 attributes and 11 links.
 *
 * Create one with `new Permission({ ... })`, or pass a plain {@link PermissionInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission}
 */
export class Permission extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<permission>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Role`. On the wire: element `<role>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `role` link)
   */
  role?: Role;

  /**
   * `User`. On the wire: element `<user>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `user` link)
   */
  user?: User;

  /**
   * `Group`. On the wire: element `<group>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `group` link)
   */
  group?: Group;

  /**
   * `DataCenter`. On the wire: element `<data_center>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `data_center` link)
   */
  dataCenter?: DataCenter;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `host` link)
   */
  host?: Host;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `storage_domain` link)
   */
  storageDomain?: StorageDomain;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `vm` link)
   */
  vm?: Vm;

  /**
   * `VmPool`. On the wire: element `<vm_pool>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `vm_pool` link)
   */
  vmPool?: VmPool;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `template` link)
   */
  template?: Template;

  /**
   * `Disk`. On the wire: element `<disk>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `disk` link)
   */
  disk?: Disk;

  /**
   * Creates a `permission` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: PermissionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.role = undefined;
      this.user = undefined;
      this.group = undefined;
      this.dataCenter = undefined;
      this.cluster = undefined;
      this.host = undefined;
      this.storageDomain = undefined;
      this.vm = undefined;
      this.vmPool = undefined;
      this.template = undefined;
      this.disk = undefined;
    }
  }
}

/**
 * A `permission` as the SDK accepts it: a {@link Permission} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission}
 */
export interface PermissionInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<permission>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<permission>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `RoleInit` (a `Role` or a plain object). On the wire: element `<role>`.
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
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `role` link)
   */
  role?: RoleInit;
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<user>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addUserLevel`: `permission.user.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `user` link)
   */
  user?: UserInit;
  /**
   * `GroupInit` (a `Group` or a plain object). On the wire: element `<group>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addGroupLevel`: `permission.group.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `group` link)
   */
  group?: GroupInit;
  /**
   * `DataCenterInit` (a `DataCenter` or a plain object). On the wire: element `<data_center>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addDataCenterPermission`: `permission.dataCenter.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `data_center` link)
   */
  dataCenter?: DataCenterInit;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addClusterPermission`: `permission.cluster.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `cluster` link)
   */
  cluster?: ClusterInit;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addHostPermission`: `permission.host.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `host` link)
   */
  host?: HostInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addStorageDomainPermission`: `permission.storageDomain.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `storage_domain` link)
   */
  storageDomain?: StorageDomainInit;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addVmPermission`: `permission.vm.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `vm` link)
   */
  vm?: VmInit;
  /**
   * `VmPoolInit` (a `VmPool` or a plain object). On the wire: element `<vm_pool>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addVmPoolPermission`: `permission.vmPool.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `vm_pool` link)
   */
  vmPool?: VmPoolInit;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addTemplatePermission`: `permission.template.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `template` link)
   */
  template?: TemplateInit;
  /**
   * `DiskInit` (a `Disk` or a plain object). On the wire: element `<disk>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permission | reference: permission} (its `disk` link)
   */
  disk?: DiskInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Permission, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  role: Role,
  user: User,
  group: Group,
  dataCenter: DataCenter,
  cluster: Cluster,
  host: Host,
  storageDomain: StorageDomain,
  vm: Vm,
  vmPool: VmPool,
  template: Template,
  disk: Disk,
}));
