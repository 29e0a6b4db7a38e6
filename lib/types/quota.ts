// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `quota` type of the API, on the wire `<quota>` (a list: `<quotas>` with one `<quota>` per item); 12 attributes and 3 links.
 *
 * Create one with `new Quota({ ... })`, or pass a plain {@link QuotaInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota}
 */
export class Quota extends Struct {
  /**
   * `DataCenter`. On the wire: element `<data_center>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `data_center` attribute)
   */
  dataCenter?: DataCenter;

  /**
   * A list of `Vm`. On the wire: element `<vms>` with one `<vm>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `vms` attribute)
   */
  vms?: List<Vm>;

  /**
   * A list of `Disk`. On the wire: element `<disks>` with one `<disk>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `disks` attribute)
   */
  disks?: List<Disk>;

  /**
   * A list of `User`. On the wire: element `<users>` with one `<user>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `users` attribute)
   */
  users?: List<User>;

  /**
   * `number` (an integer). On the wire: element `<cluster_soft_limit_pct>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `cluster_soft_limit_pct` attribute)
   */
  clusterSoftLimitPct?: number;

  /**
   * `number` (an integer). On the wire: element `<cluster_hard_limit_pct>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `cluster_hard_limit_pct` attribute)
   */
  clusterHardLimitPct?: number;

  /**
   * `number` (an integer). On the wire: element `<storage_soft_limit_pct>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `storage_soft_limit_pct` attribute)
   */
  storageSoftLimitPct?: number;

  /**
   * `number` (an integer). On the wire: element `<storage_hard_limit_pct>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `storage_hard_limit_pct` attribute)
   */
  storageHardLimitPct?: number;

  /**
   * `string`. On the wire: XML attribute `id` of `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * A list of `QuotaClusterLimit`. On the wire: a link, `<link rel="quotaclusterlimits" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<quota_cluster_limits>` with one `<quota_cluster_limit>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `quota_cluster_limits` link)
   */
  quotaClusterLimits?: List<QuotaClusterLimit>;

  /**
   * A list of `QuotaStorageLimit`. On the wire: a link, `<link rel="quotastoragelimits" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<quota_storage_limits>` with one `<quota_storage_limit>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `quota_storage_limits` link)
   */
  quotaStorageLimits?: List<QuotaStorageLimit>;

  /**
   * Creates a `quota` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: QuotaInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.dataCenter = undefined;
      this.vms = undefined;
      this.disks = undefined;
      this.users = undefined;
      this.clusterSoftLimitPct = undefined;
      this.clusterHardLimitPct = undefined;
      this.storageSoftLimitPct = undefined;
      this.storageHardLimitPct = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.permissions = undefined;
      this.quotaClusterLimits = undefined;
      this.quotaStorageLimits = undefined;
    }
  }
}

/**
 * A `quota` as the SDK accepts it: a {@link Quota} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota}
 */
export interface QuotaInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota}
   */
  href?: string;
  /**
   * `DataCenterInit` (a `DataCenter` or a plain object). On the wire: element `<data_center>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `data_center` attribute)
   */
  dataCenter?: DataCenterInit;
  /**
   * A list of `VmInit` (a `Vm` or a plain object). On the wire: element `<vms>` with one `<vm>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `vms` attribute)
   */
  vms?: VmInit[];
  /**
   * A list of `DiskInit` (a `Disk` or a plain object). On the wire: element `<disks>` with one `<disk>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `disks` attribute)
   */
  disks?: DiskInit[];
  /**
   * A list of `UserInit` (a `User` or a plain object). On the wire: element `<users>` with one `<user>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `users` attribute)
   */
  users?: UserInit[];
  /**
   * `number` (an integer). On the wire: element `<cluster_soft_limit_pct>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `cluster_soft_limit_pct` attribute)
   */
  clusterSoftLimitPct?: number;
  /**
   * `number` (an integer). On the wire: element `<cluster_hard_limit_pct>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `cluster_hard_limit_pct` attribute)
   */
  clusterHardLimitPct?: number;
  /**
   * `number` (an integer). On the wire: element `<storage_soft_limit_pct>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `storage_soft_limit_pct` attribute)
   */
  storageSoftLimitPct?: number;
  /**
   * `number` (an integer). On the wire: element `<storage_hard_limit_pct>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `storage_hard_limit_pct` attribute)
   */
  storageHardLimitPct?: number;
  /**
   * `string`. On the wire: XML attribute `id` of `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `QuotasService.add`: `quota.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `permissions` link)
   */
  permissions?: PermissionInit[];
  /**
   * A list of `QuotaClusterLimitInit` (a `QuotaClusterLimit` or a plain object). On the wire: element `<quota_cluster_limits>` with one `<quota_cluster_limit>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `quota_cluster_limits` link)
   */
  quotaClusterLimits?: QuotaClusterLimitInit[];
  /**
   * A list of `QuotaStorageLimitInit` (a `QuotaStorageLimit` or a plain object). On the wire: element `<quota_storage_limits>` with one `<quota_storage_limit>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota | reference: quota} (its `quota_storage_limits` link)
   */
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
