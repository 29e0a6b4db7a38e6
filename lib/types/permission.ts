// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `permission` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission}
 */
export class Permission extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/attributes/comment} */
  comment?: string;

  /** The `role` link (`<role>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/links/role} */
  role?: Role;

  /** The `user` link (`<user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/links/user} */
  user?: User;

  /** The `group` link (`<group>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/links/group} */
  group?: Group;

  /** The `data_center` link (`<data_center>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/links/data_center} */
  dataCenter?: DataCenter;

  /** The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/links/cluster} */
  cluster?: Cluster;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/links/host} */
  host?: Host;

  /** The `storage_domain` link (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/links/storage_domain} */
  storageDomain?: StorageDomain;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/links/vm} */
  vm?: Vm;

  /** The `vm_pool` link (`<vm_pool>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/links/vm_pool} */
  vmPool?: VmPool;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/links/template} */
  template?: Template;

  /** The `disk` link (`<disk>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permission/links/disk} */
  disk?: Disk;

  /** Creates a `permission`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: PermissionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `permission` as the SDK accepts it: a {@link Permission} or a plain object of the same shape, at any depth. */
export interface PermissionInit {
  href?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  role?: RoleInit;
  user?: UserInit;
  group?: GroupInit;
  dataCenter?: DataCenterInit;
  cluster?: ClusterInit;
  host?: HostInit;
  storageDomain?: StorageDomainInit;
  vm?: VmInit;
  vmPool?: VmPoolInit;
  template?: TemplateInit;
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
