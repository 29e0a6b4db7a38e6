// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, initStruct } from '../struct';
import type { Cluster, ClusterInit } from './cluster';
import type { DataCenter, DataCenterInit } from './data-center';
import type { Disk, DiskInit } from './disk';
import type { Group, GroupInit } from './group';
import type { Host, HostInit } from './host';
import type { Role, RoleInit } from './role';
import type { StorageDomain, StorageDomainInit } from './storage-domain';
import type { Template, TemplateInit } from './template';
import type { User, UserInit } from './user';
import type { Vm, VmInit } from './vm';
import type { VmPool, VmPoolInit } from './vm-pool';

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
    if (init !== undefined) initStruct(this, init, 139);
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
