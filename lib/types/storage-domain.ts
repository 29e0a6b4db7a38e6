// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { DataCenter } from './data-center';
import type { DataCenterInit } from './data-center';
import { Disk } from './disk';
import type { DiskInit } from './disk';
import { DiskProfile } from './disk-profile';
import type { DiskProfileInit } from './disk-profile';
import { DiskSnapshot } from './disk-snapshot';
import type { DiskSnapshotInit } from './disk-snapshot';
import type { ExternalStatus } from './external-status';
import { File } from './file';
import type { FileInit } from './file';
import { Host } from './host';
import type { HostInit } from './host';
import { HostStorage } from './host-storage';
import type { HostStorageInit } from './host-storage';
import { Image } from './image';
import type { ImageInit } from './image';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { StorageConnection } from './storage-connection';
import type { StorageConnectionInit } from './storage-connection';
import type { StorageDomainStatus } from './storage-domain-status';
import type { StorageDomainType } from './storage-domain-type';
import type { StorageFormat } from './storage-format';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `storage_domain` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain}
 */
export class StorageDomain extends Struct {
  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/type} */
  type?: StorageDomainType;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/status} */
  status?: StorageDomainStatus;

  /** The `external_status` attribute (`<external_status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/external_status} */
  externalStatus?: ExternalStatus;

  /** The `master` attribute (`<master>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/master} */
  master?: boolean;

  /** The `storage` attribute (`<storage>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/storage} */
  storage?: HostStorage;

  /** The `available` attribute (`<available>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/available} */
  available?: number;

  /** The `used` attribute (`<used>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/used} */
  used?: number;

  /** The `committed` attribute (`<committed>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/committed} */
  committed?: number;

  /** The `storage_format` attribute (`<storage_format>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/storage_format} */
  storageFormat?: StorageFormat;

  /** The `wipe_after_delete` attribute (`<wipe_after_delete>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/wipe_after_delete} */
  wipeAfterDelete?: boolean;

  /**
   * The `discard_after_delete` attribute (`<discard_after_delete>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/discard_after_delete}
   * @since API 4.1
   */
  discardAfterDelete?: boolean;

  /**
   * The `supports_discard` attribute (`<supports_discard>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/supports_discard}
   * @since API 4.1
   */
  supportsDiscard?: boolean;

  /**
   * The `supports_discard_zeroes_data` attribute (`<supports_discard_zeroes_data>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/supports_discard_zeroes_data}
   * @since API 4.1
   * @deprecated The model marks it deprecated.
   */
  supportsDiscardZeroesData?: boolean;

  /** The `import` attribute (`<import>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/import} */
  import?: boolean;

  /** The `warning_low_space_indicator` attribute (`<warning_low_space_indicator>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/warning_low_space_indicator} */
  warningLowSpaceIndicator?: number;

  /** The `critical_space_action_blocker` attribute (`<critical_space_action_blocker>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/critical_space_action_blocker} */
  criticalSpaceActionBlocker?: number;

  /**
   * The `backup` attribute (`<backup>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/backup}
   * @since API 4.2
   */
  backup?: boolean;

  /**
   * The `block_size` attribute (`<block_size>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/block_size}
   * @since API 4.3
   */
  blockSize?: number;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/attributes/comment} */
  comment?: string;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/links/host} */
  host?: Host;

  /** The `data_center` link (`<data_center>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/links/data_center} */
  dataCenter?: DataCenter;

  /** The `data_centers` link (`<data_centers>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/links/data_centers} */
  dataCenters?: List<DataCenter>;

  /** The `disks` link (`<disks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/links/disks} */
  disks?: List<Disk>;

  /** The `disk_profiles` link (`<disk_profiles>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/links/disk_profiles} */
  diskProfiles?: List<DiskProfile>;

  /** The `disk_snapshots` link (`<disk_snapshots>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/links/disk_snapshots} */
  diskSnapshots?: List<DiskSnapshot>;

  /** The `files` link (`<files>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/links/files} */
  files?: List<File>;

  /** The `images` link (`<images>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/links/images} */
  images?: List<Image>;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/links/permissions} */
  permissions?: List<Permission>;

  /** The `storage_connections` link (`<storage_connections>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/links/storage_connections} */
  storageConnections?: List<StorageConnection>;

  /** The `templates` link (`<templates>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/links/templates} */
  templates?: List<Template>;

  /** The `vms` link (`<vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_domain/links/vms} */
  vms?: List<Vm>;

  /** Creates a `storage_domain`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: StorageDomainInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `storage_domain` as the SDK accepts it: a {@link StorageDomain} or a plain object of the same shape, at any depth. */
export interface StorageDomainInit {
  href?: string;
  type?: StorageDomainType;
  status?: StorageDomainStatus;
  externalStatus?: ExternalStatus;
  master?: boolean;
  storage?: HostStorageInit;
  available?: number;
  used?: number;
  committed?: number;
  storageFormat?: StorageFormat;
  wipeAfterDelete?: boolean;
  discardAfterDelete?: boolean;
  supportsDiscard?: boolean;
  supportsDiscardZeroesData?: boolean;
  import?: boolean;
  warningLowSpaceIndicator?: number;
  criticalSpaceActionBlocker?: number;
  backup?: boolean;
  blockSize?: number;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  host?: HostInit;
  dataCenter?: DataCenterInit;
  dataCenters?: DataCenterInit[];
  disks?: DiskInit[];
  diskProfiles?: DiskProfileInit[];
  diskSnapshots?: DiskSnapshotInit[];
  files?: FileInit[];
  images?: ImageInit[];
  permissions?: PermissionInit[];
  storageConnections?: StorageConnectionInit[];
  templates?: TemplateInit[];
  vms?: VmInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(StorageDomain, () => ({
  href: VALUE,
  type: VALUE,
  status: VALUE,
  externalStatus: VALUE,
  master: VALUE,
  storage: HostStorage,
  available: VALUE,
  used: VALUE,
  committed: VALUE,
  storageFormat: VALUE,
  wipeAfterDelete: VALUE,
  discardAfterDelete: VALUE,
  supportsDiscard: VALUE,
  supportsDiscardZeroesData: VALUE,
  import: VALUE,
  warningLowSpaceIndicator: VALUE,
  criticalSpaceActionBlocker: VALUE,
  backup: VALUE,
  blockSize: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  host: Host,
  dataCenter: DataCenter,
  dataCenters: [DataCenter],
  disks: [Disk],
  diskProfiles: [DiskProfile],
  diskSnapshots: [DiskSnapshot],
  files: [File],
  images: [Image],
  permissions: [Permission],
  storageConnections: [StorageConnection],
  templates: [Template],
  vms: [Vm],
}));
