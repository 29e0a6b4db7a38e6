// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `data_center` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center}
 */
export class DataCenter extends Struct {
  /** The `local` attribute (`<local>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/attributes/local} */
  local?: boolean;

  /** The `storage_format` attribute (`<storage_format>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/attributes/storage_format} */
  storageFormat?: StorageFormat;

  /** The `version` attribute (`<version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/attributes/version} */
  version?: Version;

  /** The `supported_versions` attribute (`<supported_versions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/attributes/supported_versions} */
  supportedVersions?: List<Version>;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/attributes/status} */
  status?: DataCenterStatus;

  /** The `quota_mode` attribute (`<quota_mode>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/attributes/quota_mode} */
  quotaMode?: QuotaModeType;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/attributes/comment} */
  comment?: string;

  /** The `mac_pool` link (`<mac_pool>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/links/mac_pool} */
  macPool?: MacPool;

  /** The `storage_domains` link (`<storage_domains>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/links/storage_domains} */
  storageDomains?: List<StorageDomain>;

  /** The `clusters` link (`<clusters>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/links/clusters} */
  clusters?: List<Cluster>;

  /** The `networks` link (`<networks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/links/networks} */
  networks?: List<Network>;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/links/permissions} */
  permissions?: List<Permission>;

  /** The `quotas` link (`<quotas>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/links/quotas} */
  quotas?: List<Quota>;

  /** The `qoss` link (`<qoss>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/links/qoss} */
  qoss?: List<Qos>;

  /** The `iscsi_bonds` link (`<iscsi_bonds>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/data_center/links/iscsi_bonds} */
  iscsiBonds?: List<IscsiBond>;

  /** Creates a `data_center`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: DataCenterInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `data_center` as the SDK accepts it: a {@link DataCenter} or a plain object of the same shape, at any depth. */
export interface DataCenterInit {
  href?: string;
  local?: boolean;
  storageFormat?: StorageFormat;
  version?: VersionInit;
  supportedVersions?: VersionInit[];
  status?: DataCenterStatus;
  quotaMode?: QuotaModeType;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  macPool?: MacPoolInit;
  storageDomains?: StorageDomainInit[];
  clusters?: ClusterInit[];
  networks?: NetworkInit[];
  permissions?: PermissionInit[];
  quotas?: QuotaInit[];
  qoss?: QosInit[];
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
