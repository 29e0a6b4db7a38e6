// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { DataCenter } from './data-center';
import type { DataCenterInit } from './data-center';
import { Disk } from './disk';
import type { DiskInit } from './disk';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { QuotaClusterLimit } from './quota-cluster-limit';
import type { QuotaClusterLimitInit } from './quota-cluster-limit';
import { QuotaStorageLimit } from './quota-storage-limit';
import type { QuotaStorageLimitInit } from './quota-storage-limit';
import { User } from './user';
import type { UserInit } from './user';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `quota` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota}
 */
export class Quota extends Struct {
  /** The `data_center` attribute (`<data_center>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/attributes/data_center} */
  dataCenter?: DataCenter;

  /** The `vms` attribute (`<vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/attributes/vms} */
  vms?: List<Vm>;

  /** The `disks` attribute (`<disks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/attributes/disks} */
  disks?: List<Disk>;

  /** The `users` attribute (`<users>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/attributes/users} */
  users?: List<User>;

  /** The `cluster_soft_limit_pct` attribute (`<cluster_soft_limit_pct>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/attributes/cluster_soft_limit_pct} */
  clusterSoftLimitPct?: number;

  /** The `cluster_hard_limit_pct` attribute (`<cluster_hard_limit_pct>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/attributes/cluster_hard_limit_pct} */
  clusterHardLimitPct?: number;

  /** The `storage_soft_limit_pct` attribute (`<storage_soft_limit_pct>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/attributes/storage_soft_limit_pct} */
  storageSoftLimitPct?: number;

  /** The `storage_hard_limit_pct` attribute (`<storage_hard_limit_pct>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/attributes/storage_hard_limit_pct} */
  storageHardLimitPct?: number;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/attributes/comment} */
  comment?: string;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/links/permissions} */
  permissions?: List<Permission>;

  /** The `quota_cluster_limits` link (`<quota_cluster_limits>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/links/quota_cluster_limits} */
  quotaClusterLimits?: List<QuotaClusterLimit>;

  /** The `quota_storage_limits` link (`<quota_storage_limits>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/quota/links/quota_storage_limits} */
  quotaStorageLimits?: List<QuotaStorageLimit>;

  /** Creates a `quota`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: QuotaInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `quota` as the SDK accepts it: a {@link Quota} or a plain object of the same shape, at any depth. */
export interface QuotaInit {
  href?: string;
  dataCenter?: DataCenterInit;
  vms?: VmInit[];
  disks?: DiskInit[];
  users?: UserInit[];
  clusterSoftLimitPct?: number;
  clusterHardLimitPct?: number;
  storageSoftLimitPct?: number;
  storageHardLimitPct?: number;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  permissions?: PermissionInit[];
  quotaClusterLimits?: QuotaClusterLimitInit[];
  quotaStorageLimits?: QuotaStorageLimitInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Quota, () => ({
  href: VALUE,
  dataCenter: DataCenter,
  vms: [Vm],
  disks: [Disk],
  users: [User],
  clusterSoftLimitPct: VALUE,
  clusterHardLimitPct: VALUE,
  storageSoftLimitPct: VALUE,
  storageHardLimitPct: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  permissions: [Permission],
  quotaClusterLimits: [QuotaClusterLimit],
  quotaStorageLimits: [QuotaStorageLimit],
}));
