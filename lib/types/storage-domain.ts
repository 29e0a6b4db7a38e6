// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `storage_domain` type of the API, on the wire `<storage_domain>` (a list: `<storage_domains>` with one `<storage_domain>` per item); 22 attributes and 12 links.
 *
 * Create one with `new StorageDomain({ ... })`, or pass a plain {@link StorageDomainInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain}
 */
export class StorageDomain extends Struct {
  /**
   * `StorageDomainType` (`data`, `iso`, `export`, `image`, `volume`, `managed_block_storage`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `type` attribute)
   */
  type?: StorageDomainType | (string & {});

  /**
   * `StorageDomainStatus` (`active`, `inactive`, `locked`, `mixed`, `unattached`, `maintenance`, `preparing_for_maintenance`, `detaching`, `activating`, `unknown`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `status` attribute)
   */
  status?: StorageDomainStatus | (string & {});

  /**
   * `ExternalStatus` (`error`, `failure`, `info`, `ok`, `warning`; or another string, from a newer engine). On the wire: element `<external_status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `external_status` attribute)
   */
  externalStatus?: ExternalStatus | (string & {});

  /**
   * `boolean`. On the wire: element `<master>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `master` attribute)
   */
  master?: boolean;

  /**
   * `HostStorage`. On the wire: element `<storage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `storage` attribute)
   */
  storage?: HostStorage;

  /**
   * `number` (an integer). On the wire: element `<available>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `available` attribute)
   */
  available?: number;

  /**
   * `number` (an integer). On the wire: element `<used>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `used` attribute)
   */
  used?: number;

  /**
   * `number` (an integer). On the wire: element `<committed>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `committed` attribute)
   */
  committed?: number;

  /**
   * `StorageFormat` (`v1`, `v2`, `v3`, `v4`, `v5`; or another string, from a newer engine). On the wire: element `<storage_format>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `storage_format` attribute)
   */
  storageFormat?: StorageFormat | (string & {});

  /**
   * `boolean`. On the wire: element `<wipe_after_delete>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `wipe_after_delete` attribute)
   */
  wipeAfterDelete?: boolean;

  /**
   * `boolean`. On the wire: element `<discard_after_delete>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `discard_after_delete` attribute)
   * @since API 4.1
   */
  discardAfterDelete?: boolean;

  /**
   * `boolean`. On the wire: element `<supports_discard>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `supports_discard` attribute)
   * @since API 4.1
   */
  supportsDiscard?: boolean;

  /**
   * `boolean`. On the wire: element `<supports_discard_zeroes_data>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `supports_discard_zeroes_data` attribute)
   * @since API 4.1
   * @deprecated The API model marks it deprecated.
   */
  supportsDiscardZeroesData?: boolean;

  /**
   * `boolean`. On the wire: element `<import>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `import` attribute)
   */
  import?: boolean;

  /**
   * `number` (an integer). On the wire: element `<warning_low_space_indicator>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `warning_low_space_indicator` attribute)
   */
  warningLowSpaceIndicator?: number;

  /**
   * `number` (an integer). On the wire: element `<critical_space_action_blocker>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `critical_space_action_blocker` attribute)
   */
  criticalSpaceActionBlocker?: number;

  /**
   * `boolean`. On the wire: element `<backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `backup` attribute)
   * @since API 4.2
   */
  backup?: boolean;

  /**
   * `number` (an integer). On the wire: element `<block_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `block_size` attribute)
   * @since API 4.3
   */
  blockSize?: number;

  /**
   * `string`. On the wire: XML attribute `id` of `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `host` link)
   */
  host?: Host;

  /**
   * `DataCenter`. On the wire: element `<data_center>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `data_center` link)
   */
  dataCenter?: DataCenter;

  /**
   * A list of `DataCenter`. On the wire: a link, `<link rel="datacenters" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<data_centers>` with one `<data_center>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `data_centers` link)
   */
  dataCenters?: List<DataCenter>;

  /**
   * A list of `Disk`. On the wire: a link, `<link rel="disks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<disks>` with one `<disk>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `disks` link)
   */
  disks?: List<Disk>;

  /**
   * A list of `DiskProfile`. On the wire: a link, `<link rel="diskprofiles" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<disk_profiles>` with one `<disk_profile>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `disk_profiles` link)
   */
  diskProfiles?: List<DiskProfile>;

  /**
   * A list of `DiskSnapshot`. On the wire: a link, `<link rel="disksnapshots" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<disk_snapshots>` with one `<disk_snapshot>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `disk_snapshots` link)
   */
  diskSnapshots?: List<DiskSnapshot>;

  /**
   * A list of `File`. On the wire: a link, `<link rel="files" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<files>` with one `<file>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `files` link)
   */
  files?: List<File>;

  /**
   * A list of `Image`. On the wire: a link, `<link rel="images" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<images>` with one `<image>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `images` link)
   */
  images?: List<Image>;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * A list of `StorageConnection`. On the wire: a link, `<link rel="storageconnections" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<storage_connections>` with one `<storage_connection>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `storage_connections` link)
   */
  storageConnections?: List<StorageConnection>;

  /**
   * A list of `Template`. On the wire: a link, `<link rel="templates" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<templates>` with one `<template>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `templates` link)
   */
  templates?: List<Template>;

  /**
   * A list of `Vm`. On the wire: a link, `<link rel="vms" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<vms>` with one `<vm>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `vms` link)
   */
  vms?: List<Vm>;

  /**
   * Creates a `storage_domain` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: StorageDomainInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.status = undefined;
      this.externalStatus = undefined;
      this.master = undefined;
      this.storage = undefined;
      this.available = undefined;
      this.used = undefined;
      this.committed = undefined;
      this.storageFormat = undefined;
      this.wipeAfterDelete = undefined;
      this.discardAfterDelete = undefined;
      this.supportsDiscard = undefined;
      this.supportsDiscardZeroesData = undefined;
      this.import = undefined;
      this.warningLowSpaceIndicator = undefined;
      this.criticalSpaceActionBlocker = undefined;
      this.backup = undefined;
      this.blockSize = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.host = undefined;
      this.dataCenter = undefined;
      this.dataCenters = undefined;
      this.disks = undefined;
      this.diskProfiles = undefined;
      this.diskSnapshots = undefined;
      this.files = undefined;
      this.images = undefined;
      this.permissions = undefined;
      this.storageConnections = undefined;
      this.templates = undefined;
      this.vms = undefined;
    }
  }
}

/**
 * A `storage_domain` as the SDK accepts it: a {@link StorageDomain} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain}
 */
export interface StorageDomainInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain}
   */
  href?: string;
  /**
   * `StorageDomainType` (`data`, `iso`, `export`, `image`, `volume`, `managed_block_storage`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Needed by:
   * - `StorageDomainsService.addDirectLun`: `storageDomain.type`
   * - `StorageDomainsService.addBlockDomain`: `storageDomain.type`
   * - `StorageDomainsService.addByPath`: `storageDomain.type`
   * - `StorageDomainsService.addLocal`: `storageDomain.type`
   * - `StorageDomainsService.addGlusterOrPostfs`: `storageDomain.type`
   * - `StorageDomainsService.add`: `storageDomain.type`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `type` attribute)
   */
  type?: StorageDomainType | (string & {});
  /**
   * `StorageDomainStatus` (`active`, `inactive`, `locked`, `mixed`, `unattached`, `maintenance`, `preparing_for_maintenance`, `detaching`, `activating`, `unknown`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `status` attribute)
   */
  status?: StorageDomainStatus | (string & {});
  /**
   * `ExternalStatus` (`error`, `failure`, `info`, `ok`, `warning`; another string is sent as it is). On the wire: element `<external_status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `external_status` attribute)
   */
  externalStatus?: ExternalStatus | (string & {});
  /**
   * `boolean`. On the wire: element `<master>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `master` attribute)
   */
  master?: boolean;
  /**
   * `HostStorageInit` (a `HostStorage` or a plain object). On the wire: element `<storage>`.
   *
   * Needed by:
   * - `StorageDomainsService.addDirectLun`: `storageDomain.storage.type`
   * - `StorageDomainsService.addDirectLun`: `storageDomain.storage.logicalUnits[].id`
   * - `StorageDomainsService.addBlockDomain`: `storageDomain.storage`
   * - `StorageDomainsService.addBlockDomain`: `storageDomain.storage.type` when `storageDomain.storage.id` is not given
   * - `StorageDomainsService.addByPath`: `storageDomain.storage.type`
   * - `StorageDomainsService.addByPath`: `storageDomain.storage.path`
   * - `StorageDomainsService.addByPath`: `storageDomain.storage.address`
   * - `StorageDomainsService.addLocal`: `storageDomain.storage.type`
   * - `StorageDomainsService.addLocal`: `storageDomain.storage.path`
   * - `StorageDomainsService.addGlusterOrPostfs`: `storageDomain.storage.type`
   * - `StorageDomainsService.addGlusterOrPostfs`: `storageDomain.storage.path`
   * - `StorageDomainsService.addGlusterOrPostfs`: `storageDomain.storage.vfsType`
   * - `StorageDomainsService.add`: `storageDomain.storage`
   * - `StorageDomainsService.add`: `storageDomain.storage.type` when `storageDomain.storage.id` is not given
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `storage` attribute)
   */
  storage?: HostStorageInit;
  /**
   * `number` (an integer). On the wire: element `<available>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `available` attribute)
   */
  available?: number;
  /**
   * `number` (an integer). On the wire: element `<used>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `used` attribute)
   */
  used?: number;
  /**
   * `number` (an integer). On the wire: element `<committed>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `committed` attribute)
   */
  committed?: number;
  /**
   * `StorageFormat` (`v1`, `v2`, `v3`, `v4`, `v5`; another string is sent as it is). On the wire: element `<storage_format>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `storage_format` attribute)
   */
  storageFormat?: StorageFormat | (string & {});
  /**
   * `boolean`. On the wire: element `<wipe_after_delete>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `wipe_after_delete` attribute)
   */
  wipeAfterDelete?: boolean;
  /**
   * `boolean`. On the wire: element `<discard_after_delete>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `discard_after_delete` attribute)
   * @since API 4.1
   */
  discardAfterDelete?: boolean;
  /**
   * `boolean`. On the wire: element `<supports_discard>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `supports_discard` attribute)
   * @since API 4.1
   */
  supportsDiscard?: boolean;
  /**
   * `boolean`. On the wire: element `<supports_discard_zeroes_data>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `supports_discard_zeroes_data` attribute)
   * @since API 4.1
   * @deprecated The API model marks it deprecated.
   */
  supportsDiscardZeroesData?: boolean;
  /**
   * `boolean`. On the wire: element `<import>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `import` attribute)
   */
  import?: boolean;
  /**
   * `number` (an integer). On the wire: element `<warning_low_space_indicator>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `warning_low_space_indicator` attribute)
   */
  warningLowSpaceIndicator?: number;
  /**
   * `number` (an integer). On the wire: element `<critical_space_action_blocker>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `critical_space_action_blocker` attribute)
   */
  criticalSpaceActionBlocker?: number;
  /**
   * `boolean`. On the wire: element `<backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `backup` attribute)
   * @since API 4.2
   */
  backup?: boolean;
  /**
   * `number` (an integer). On the wire: element `<block_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `block_size` attribute)
   * @since API 4.3
   */
  blockSize?: number;
  /**
   * `string`. On the wire: XML attribute `id` of `<storage_domain>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addStorageDomainPermission`: `permission.storageDomain.id`
   * - `AttachedStorageDomainsService.add`: `storageDomain.id` or `storageDomain.name`
   * - `DataCenterService.setMaster`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `DiskProfilesService.add`: `profile.storageDomain.id`
   * - `DiskService.copy`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `DiskService.export`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `DiskService.move`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `ImageService.import`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `TemplateDiskService.copy`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `TemplateDiskService.export`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `TemplateService.exportToExportDomain`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `VmService.exportToExportDomain`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `OpenstackImageService.import`: `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `AttachedStorageDomainsService.add`: `storageDomain.id` or `storageDomain.name`
   * - `DataCenterService.setMaster`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `DiskService.copy`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `DiskService.export`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `DiskService.move`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `ImageService.import`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `StorageDomainsService.addByPath`: `storageDomain.name`
   * - `StorageDomainsService.addLocal`: `storageDomain.name`
   * - `StorageDomainsService.addGlusterOrPostfs`: `storageDomain.name`
   * - `TemplateDiskService.copy`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `TemplateDiskService.export`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `TemplateService.exportToExportDomain`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `VmService.exportToExportDomain`: `opts.storageDomain.id` or `opts.storageDomain.name`
   * - `OpenstackImageService.import`: `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Needed by:
   * - `StorageDomainsService.addDirectLun`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.addBlockDomain`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.addByPath`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.addLocal`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.addGlusterOrPostfs`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.add`: `storageDomain.host.id` or `storageDomain.host.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `host` link)
   */
  host?: HostInit;
  /**
   * `DataCenterInit` (a `DataCenter` or a plain object). On the wire: element `<data_center>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `data_center` link)
   */
  dataCenter?: DataCenterInit;
  /**
   * A list of `DataCenterInit` (a `DataCenter` or a plain object). On the wire: element `<data_centers>` with one `<data_center>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `data_centers` link)
   */
  dataCenters?: DataCenterInit[];
  /**
   * A list of `DiskInit` (a `Disk` or a plain object). On the wire: element `<disks>` with one `<disk>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `disks` link)
   */
  disks?: DiskInit[];
  /**
   * A list of `DiskProfileInit` (a `DiskProfile` or a plain object). On the wire: element `<disk_profiles>` with one `<disk_profile>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `disk_profiles` link)
   */
  diskProfiles?: DiskProfileInit[];
  /**
   * A list of `DiskSnapshotInit` (a `DiskSnapshot` or a plain object). On the wire: element `<disk_snapshots>` with one `<disk_snapshot>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `disk_snapshots` link)
   */
  diskSnapshots?: DiskSnapshotInit[];
  /**
   * A list of `FileInit` (a `File` or a plain object). On the wire: element `<files>` with one `<file>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `files` link)
   */
  files?: FileInit[];
  /**
   * A list of `ImageInit` (a `Image` or a plain object). On the wire: element `<images>` with one `<image>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `images` link)
   */
  images?: ImageInit[];
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `permissions` link)
   */
  permissions?: PermissionInit[];
  /**
   * A list of `StorageConnectionInit` (a `StorageConnection` or a plain object). On the wire: element `<storage_connections>` with one `<storage_connection>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `storage_connections` link)
   */
  storageConnections?: StorageConnectionInit[];
  /**
   * A list of `TemplateInit` (a `Template` or a plain object). On the wire: element `<templates>` with one `<template>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `templates` link)
   */
  templates?: TemplateInit[];
  /**
   * A list of `VmInit` (a `Vm` or a plain object). On the wire: element `<vms>` with one `<vm>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_domain | reference: storage_domain} (its `vms` link)
   */
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
