// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import type { DataCenterStatus } from './data-center-status';
import { IscsiBond } from './iscsi-bond';
import type { IscsiBondInit } from './iscsi-bond';
import { MacPool } from './mac-pool';
import type { MacPoolInit } from './mac-pool';
import { Network } from './network';
import type { NetworkInit } from './network';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Qos } from './qos';
import type { QosInit } from './qos';
import { Quota } from './quota';
import type { QuotaInit } from './quota';
import type { QuotaModeType } from './quota-mode-type';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';
import type { StorageFormat } from './storage-format';
import { Version } from './version';
import type { VersionInit } from './version';

/**
 * The `data_center` type of the API, on the wire `<data_center>` (a list: `<data_centers>` with one `<data_center>` per item); 10 attributes and 8 links.
 *
 * Create one with `new DataCenter({ ... })`, or pass a plain {@link DataCenterInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center}
 */
export class DataCenter extends Struct {
  /**
   * `boolean`. On the wire: element `<local>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `local` attribute)
   */
  local?: boolean;

  /**
   * `StorageFormat` (`v1`, `v2`, `v3`, `v4`, `v5`; or another string, from a newer engine). On the wire: element `<storage_format>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `storage_format` attribute)
   */
  storageFormat?: StorageFormat | (string & {});

  /**
   * `Version`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `version` attribute)
   */
  version?: Version;

  /**
   * A list of `Version`. On the wire: element `<supported_versions>` with one `<version>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `supported_versions` attribute)
   */
  supportedVersions?: List<Version>;

  /**
   * `DataCenterStatus` (`uninitialized`, `up`, `maintenance`, `not_operational`, `problematic`, `contend`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `status` attribute)
   */
  status?: DataCenterStatus | (string & {});

  /**
   * `QuotaModeType` (`enabled`, `disabled`, `audit`; or another string, from a newer engine). On the wire: element `<quota_mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `quota_mode` attribute)
   */
  quotaMode?: QuotaModeType | (string & {});

  /**
   * `string`. On the wire: XML attribute `id` of `<data_center>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `MacPool`. On the wire: element `<mac_pool>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `mac_pool` link)
   */
  macPool?: MacPool;

  /**
   * A list of `StorageDomain`. On the wire: a link, `<link rel="storagedomains" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<storage_domains>` with one `<storage_domain>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `storage_domains` link)
   */
  storageDomains?: List<StorageDomain>;

  /**
   * A list of `Cluster`. On the wire: a link, `<link rel="clusters" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<clusters>` with one `<cluster>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `clusters` link)
   */
  clusters?: List<Cluster>;

  /**
   * A list of `Network`. On the wire: a link, `<link rel="networks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<networks>` with one `<network>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `networks` link)
   */
  networks?: List<Network>;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * A list of `Quota`. On the wire: a link, `<link rel="quotas" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<quotas>` with one `<quota>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `quotas` link)
   */
  quotas?: List<Quota>;

  /**
   * A list of `Qos`. On the wire: a link, `<link rel="qoss" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<qoss>` with one `<qos>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `qoss` link)
   */
  qoss?: List<Qos>;

  /**
   * A list of `IscsiBond`. On the wire: a link, `<link rel="iscsibonds" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<iscsi_bonds>` with one `<iscsi_bond>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `iscsi_bonds` link)
   */
  iscsiBonds?: List<IscsiBond>;

  /**
   * Creates a `data_center` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: DataCenterInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.local = undefined;
      this.storageFormat = undefined;
      this.version = undefined;
      this.supportedVersions = undefined;
      this.status = undefined;
      this.quotaMode = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.macPool = undefined;
      this.storageDomains = undefined;
      this.clusters = undefined;
      this.networks = undefined;
      this.permissions = undefined;
      this.quotas = undefined;
      this.qoss = undefined;
      this.iscsiBonds = undefined;
    }
  }
}

/**
 * A `data_center` as the SDK accepts it: a {@link DataCenter} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center}
 */
export interface DataCenterInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<data_center>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<local>`.
   *
   * Needed by:
   * - `DataCentersService.add`: `dataCenter.local`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `local` attribute)
   */
  local?: boolean;
  /**
   * `StorageFormat` (`v1`, `v2`, `v3`, `v4`, `v5`; another string is sent as it is). On the wire: element `<storage_format>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `storage_format` attribute)
   */
  storageFormat?: StorageFormat | (string & {});
  /**
   * `VersionInit` (a `Version` or a plain object). On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `version` attribute)
   */
  version?: VersionInit;
  /**
   * A list of `VersionInit` (a `Version` or a plain object). On the wire: element `<supported_versions>` with one `<version>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `supported_versions` attribute)
   */
  supportedVersions?: VersionInit[];
  /**
   * `DataCenterStatus` (`uninitialized`, `up`, `maintenance`, `not_operational`, `problematic`, `contend`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `status` attribute)
   */
  status?: DataCenterStatus | (string & {});
  /**
   * `QuotaModeType` (`enabled`, `disabled`, `audit`; another string is sent as it is). On the wire: element `<quota_mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `quota_mode` attribute)
   */
  quotaMode?: QuotaModeType | (string & {});
  /**
   * `string`. On the wire: XML attribute `id` of `<data_center>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addDataCenterPermission`: `permission.dataCenter.id`
   * - `ClustersService.add`: `cluster.dataCenter.id` or `cluster.dataCenter.name`
   * - `NetworksService.add`: `network.dataCenter.name` or `network.dataCenter.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `ClustersService.add`: `cluster.dataCenter.id` or `cluster.dataCenter.name`
   * - `DataCentersService.add`: `dataCenter.name`
   * - `NetworksService.add`: `network.dataCenter.name` or `network.dataCenter.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `MacPoolInit` (a `MacPool` or a plain object). On the wire: element `<mac_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `mac_pool` link)
   */
  macPool?: MacPoolInit;
  /**
   * A list of `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domains>` with one `<storage_domain>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `storage_domains` link)
   */
  storageDomains?: StorageDomainInit[];
  /**
   * A list of `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<clusters>` with one `<cluster>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `clusters` link)
   */
  clusters?: ClusterInit[];
  /**
   * A list of `NetworkInit` (a `Network` or a plain object). On the wire: element `<networks>` with one `<network>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `networks` link)
   */
  networks?: NetworkInit[];
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `permissions` link)
   */
  permissions?: PermissionInit[];
  /**
   * A list of `QuotaInit` (a `Quota` or a plain object). On the wire: element `<quotas>` with one `<quota>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `quotas` link)
   */
  quotas?: QuotaInit[];
  /**
   * A list of `QosInit` (a `Qos` or a plain object). On the wire: element `<qoss>` with one `<qos>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `qoss` link)
   */
  qoss?: QosInit[];
  /**
   * A list of `IscsiBondInit` (a `IscsiBond` or a plain object). On the wire: element `<iscsi_bonds>` with one `<iscsi_bond>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/data_center | reference: data_center} (its `iscsi_bonds` link)
   */
  iscsiBonds?: IscsiBondInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(DataCenter, () => ({
  href: VALUE,
  local: VALUE,
  storageFormat: VALUE,
  version: Version,
  supportedVersions: [Version],
  status: VALUE,
  quotaMode: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  macPool: MacPool,
  storageDomains: [StorageDomain],
  clusters: [Cluster],
  networks: [Network],
  permissions: [Permission],
  quotas: [Quota],
  qoss: [Qos],
  iscsiBonds: [IscsiBond],
}));
