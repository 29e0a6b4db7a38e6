// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Disk } from './disk';
import type { DiskInit } from './disk';
import type { DiskBackup } from './disk-backup';
import type { DiskBackupMode } from './disk-backup-mode';
import type { DiskContentType } from './disk-content-type';
import type { DiskFormat } from './disk-format';
import type { DiskInterface } from './disk-interface';
import { DiskProfile } from './disk-profile';
import type { DiskProfileInit } from './disk-profile';
import type { DiskStatus } from './disk-status';
import type { DiskStorageType } from './disk-storage-type';
import { HostStorage } from './host-storage';
import type { HostStorageInit } from './host-storage';
import { InstanceType } from './instance-type';
import type { InstanceTypeInit } from './instance-type';
import { OpenStackVolumeType } from './open-stack-volume-type';
import type { OpenStackVolumeTypeInit } from './open-stack-volume-type';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import type { QcowVersion } from './qcow-version';
import { Quota } from './quota';
import type { QuotaInit } from './quota';
import type { ScsiGenericIO } from './scsi-generic-i-o';
import { Snapshot } from './snapshot';
import type { SnapshotInit } from './snapshot';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `disk_snapshot` type of the API, on the wire `<disk_snapshot>` (a list: `<disk_snapshots>` with one `<disk_snapshot>` per item); 30 attributes and 15 links.
 *
 * Create one with `new DiskSnapshot({ ... })`, or pass a plain {@link DiskSnapshotInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot}
 */
export class DiskSnapshot extends Struct {
  /**
   * `string`. On the wire: element `<alias>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `alias` attribute)
   */
  alias?: string;

  /**
   * `string`. On the wire: element `<image_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `image_id` attribute)
   */
  imageId?: string;

  /**
   * `number` (an integer). On the wire: element `<provisioned_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `provisioned_size` attribute)
   */
  provisionedSize?: number;

  /**
   * `number` (an integer). On the wire: element `<initial_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `initial_size` attribute)
   * @since API 4.0.7
   */
  initialSize?: number;

  /**
   * `number` (an integer). On the wire: element `<actual_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `actual_size` attribute)
   */
  actualSize?: number;

  /**
   * `number` (an integer). On the wire: element `<total_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `total_size` attribute)
   * @since API 4.2.0
   */
  totalSize?: number;

  /**
   * `DiskStatus` (`illegal`, `locked`, `ok`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `status` attribute)
   */
  status?: DiskStatus | (string & {});

  /**
   * `DiskInterface` (`ide`, `virtio_scsi`, `virtio`, `spapr_vscsi`, `sata`; or another string, from a newer engine). On the wire: element `<interface>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `interface` attribute)
   * @deprecated The API model marks it deprecated.
   */
  interface?: DiskInterface | (string & {});

  /**
   * `DiskFormat` (`cow`, `raw`; or another string, from a newer engine). On the wire: element `<format>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `format` attribute)
   */
  format?: DiskFormat | (string & {});

  /**
   * `QcowVersion` (`qcow2_v2`, `qcow2_v3`; or another string, from a newer engine). On the wire: element `<qcow_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `qcow_version` attribute)
   * @since API 4.1
   */
  qcowVersion?: QcowVersion | (string & {});

  /**
   * `boolean`. On the wire: element `<sparse>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `sparse` attribute)
   */
  sparse?: boolean;

  /**
   * `boolean`. On the wire: element `<bootable>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `bootable` attribute)
   * @deprecated The API model marks it deprecated.
   */
  bootable?: boolean;

  /**
   * `boolean`. On the wire: element `<shareable>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `shareable` attribute)
   */
  shareable?: boolean;

  /**
   * `boolean`. On the wire: element `<wipe_after_delete>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `wipe_after_delete` attribute)
   */
  wipeAfterDelete?: boolean;

  /**
   * `boolean`. On the wire: element `<propagate_errors>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `propagate_errors` attribute)
   */
  propagateErrors?: boolean;

  /**
   * `boolean`. On the wire: element `<active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `active` attribute)
   */
  active?: boolean;

  /**
   * `DiskBackup` (`none`, `incremental`; or another string, from a newer engine). On the wire: element `<backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `backup` attribute)
   * @since API 4.3
   */
  backup?: DiskBackup | (string & {});

  /**
   * `DiskBackupMode` (`full`, `incremental`; or another string, from a newer engine). On the wire: element `<backup_mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `backup_mode` attribute)
   * @since API 4.4.3
   */
  backupMode?: DiskBackupMode | (string & {});

  /**
   * `boolean`. On the wire: element `<read_only>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `read_only` attribute)
   * @deprecated The API model marks it deprecated.
   */
  readOnly?: boolean;

  /**
   * `HostStorage`. On the wire: element `<lun_storage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `lun_storage` attribute)
   */
  lunStorage?: HostStorage;

  /**
   * `ScsiGenericIO` (`filtered`, `unfiltered`, `disabled`; or another string, from a newer engine). On the wire: element `<sgio>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `sgio` attribute)
   * @since API 3.3
   */
  sgio?: ScsiGenericIO | (string & {});

  /**
   * `boolean`. On the wire: element `<uses_scsi_reservation>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `uses_scsi_reservation` attribute)
   */
  usesScsiReservation?: boolean;

  /**
   * `DiskStorageType` (`image`, `lun`, `cinder`, `managed_block_storage`; or another string, from a newer engine). On the wire: element `<storage_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `storage_type` attribute)
   */
  storageType?: DiskStorageType | (string & {});

  /**
   * `string`. On the wire: element `<logical_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `logical_name` attribute)
   */
  logicalName?: string;

  /**
   * `DiskContentType` (`data`, `ovf_store`, `memory_dump_volume`, `memory_metadata_volume`, `iso`, `hosted_engine`, `hosted_engine_sanlock`, `hosted_engine_metadata`, `hosted_engine_configuration`, `backup_scratch`; or another string, from a newer engine). On the wire: element `<content_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `content_type` attribute)
   * @since API 4.2.1
   */
  contentType?: DiskContentType | (string & {});

  /**
   * `string`. On the wire: element `<external_disk>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `external_disk` attribute)
   * @since API 4.4.0
   */
  externalDisk?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<disk_snapshot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `template` link)
   */
  template?: Template;

  /**
   * `InstanceType`. On the wire: element `<instance_type>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `instance_type` link)
   */
  instanceType?: InstanceType;

  /**
   * A list of `Vm`. On the wire: a link, `<link rel="vms" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<vms>` with one `<vm>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `vms` link)
   */
  vms?: List<Vm>;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `vm` link)
   * @deprecated The API model marks it deprecated.
   */
  vm?: Vm;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `storage_domain` link)
   */
  storageDomain?: StorageDomain;

  /**
   * A list of `StorageDomain`. On the wire: a link, `<link rel="storagedomains" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<storage_domains>` with one `<storage_domain>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `storage_domains` link)
   */
  storageDomains?: List<StorageDomain>;

  /**
   * `Quota`. On the wire: element `<quota>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `quota` link)
   */
  quota?: Quota;

  /**
   * `DiskProfile`. On the wire: element `<disk_profile>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `disk_profile` link)
   */
  diskProfile?: DiskProfile;

  /**
   * `Snapshot`. On the wire: element `<snapshot>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `snapshot` link)
   */
  snapshot?: Snapshot;

  /**
   * `OpenStackVolumeType`. On the wire: element `<openstack_volume_type>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `openstack_volume_type` link)
   */
  openstackVolumeType?: OpenStackVolumeType;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * A list of `DiskSnapshot`. On the wire: a link, `<link rel="disksnapshots" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<disk_snapshots>` with one `<disk_snapshot>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `disk_snapshots` link)
   */
  diskSnapshots?: List<DiskSnapshot>;

  /**
   * A list of `Statistic`. On the wire: a link, `<link rel="statistics" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `statistics` link)
   */
  statistics?: List<Statistic>;

  /**
   * `Disk`. On the wire: element `<disk>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `disk` link)
   */
  disk?: Disk;

  /**
   * `DiskSnapshot`. On the wire: element `<parent>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `parent` link)
   * @since API 4.4.3
   */
  parent?: DiskSnapshot;

  /**
   * Creates a `disk_snapshot` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: DiskSnapshotInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.alias = undefined;
      this.imageId = undefined;
      this.provisionedSize = undefined;
      this.initialSize = undefined;
      this.actualSize = undefined;
      this.totalSize = undefined;
      this.status = undefined;
      this.interface = undefined;
      this.format = undefined;
      this.qcowVersion = undefined;
      this.sparse = undefined;
      this.bootable = undefined;
      this.shareable = undefined;
      this.wipeAfterDelete = undefined;
      this.propagateErrors = undefined;
      this.active = undefined;
      this.backup = undefined;
      this.backupMode = undefined;
      this.readOnly = undefined;
      this.lunStorage = undefined;
      this.sgio = undefined;
      this.usesScsiReservation = undefined;
      this.storageType = undefined;
      this.logicalName = undefined;
      this.contentType = undefined;
      this.externalDisk = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.template = undefined;
      this.instanceType = undefined;
      this.vms = undefined;
      this.vm = undefined;
      this.storageDomain = undefined;
      this.storageDomains = undefined;
      this.quota = undefined;
      this.diskProfile = undefined;
      this.snapshot = undefined;
      this.openstackVolumeType = undefined;
      this.permissions = undefined;
      this.diskSnapshots = undefined;
      this.statistics = undefined;
      this.disk = undefined;
      this.parent = undefined;
    }
  }
}

/**
 * A `disk_snapshot` as the SDK accepts it: a {@link DiskSnapshot} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot}
 */
export interface DiskSnapshotInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<disk_snapshot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<alias>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `alias` attribute)
   */
  alias?: string;
  /**
   * `string`. On the wire: element `<image_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `image_id` attribute)
   */
  imageId?: string;
  /**
   * `number` (an integer). On the wire: element `<provisioned_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `provisioned_size` attribute)
   */
  provisionedSize?: number;
  /**
   * `number` (an integer). On the wire: element `<initial_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `initial_size` attribute)
   * @since API 4.0.7
   */
  initialSize?: number;
  /**
   * `number` (an integer). On the wire: element `<actual_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `actual_size` attribute)
   */
  actualSize?: number;
  /**
   * `number` (an integer). On the wire: element `<total_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `total_size` attribute)
   * @since API 4.2.0
   */
  totalSize?: number;
  /**
   * `DiskStatus` (`illegal`, `locked`, `ok`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `status` attribute)
   */
  status?: DiskStatus | (string & {});
  /**
   * `DiskInterface` (`ide`, `virtio_scsi`, `virtio`, `spapr_vscsi`, `sata`; another string is sent as it is). On the wire: element `<interface>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `interface` attribute)
   * @deprecated The API model marks it deprecated.
   */
  interface?: DiskInterface | (string & {});
  /**
   * `DiskFormat` (`cow`, `raw`; another string is sent as it is). On the wire: element `<format>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `format` attribute)
   */
  format?: DiskFormat | (string & {});
  /**
   * `QcowVersion` (`qcow2_v2`, `qcow2_v3`; another string is sent as it is). On the wire: element `<qcow_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `qcow_version` attribute)
   * @since API 4.1
   */
  qcowVersion?: QcowVersion | (string & {});
  /**
   * `boolean`. On the wire: element `<sparse>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `sparse` attribute)
   */
  sparse?: boolean;
  /**
   * `boolean`. On the wire: element `<bootable>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `bootable` attribute)
   * @deprecated The API model marks it deprecated.
   */
  bootable?: boolean;
  /**
   * `boolean`. On the wire: element `<shareable>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `shareable` attribute)
   */
  shareable?: boolean;
  /**
   * `boolean`. On the wire: element `<wipe_after_delete>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `wipe_after_delete` attribute)
   */
  wipeAfterDelete?: boolean;
  /**
   * `boolean`. On the wire: element `<propagate_errors>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `propagate_errors` attribute)
   */
  propagateErrors?: boolean;
  /**
   * `boolean`. On the wire: element `<active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `active` attribute)
   */
  active?: boolean;
  /**
   * `DiskBackup` (`none`, `incremental`; another string is sent as it is). On the wire: element `<backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `backup` attribute)
   * @since API 4.3
   */
  backup?: DiskBackup | (string & {});
  /**
   * `DiskBackupMode` (`full`, `incremental`; another string is sent as it is). On the wire: element `<backup_mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `backup_mode` attribute)
   * @since API 4.4.3
   */
  backupMode?: DiskBackupMode | (string & {});
  /**
   * `boolean`. On the wire: element `<read_only>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `read_only` attribute)
   * @deprecated The API model marks it deprecated.
   */
  readOnly?: boolean;
  /**
   * `HostStorageInit` (a `HostStorage` or a plain object). On the wire: element `<lun_storage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `lun_storage` attribute)
   */
  lunStorage?: HostStorageInit;
  /**
   * `ScsiGenericIO` (`filtered`, `unfiltered`, `disabled`; another string is sent as it is). On the wire: element `<sgio>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `sgio` attribute)
   * @since API 3.3
   */
  sgio?: ScsiGenericIO | (string & {});
  /**
   * `boolean`. On the wire: element `<uses_scsi_reservation>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `uses_scsi_reservation` attribute)
   */
  usesScsiReservation?: boolean;
  /**
   * `DiskStorageType` (`image`, `lun`, `cinder`, `managed_block_storage`; another string is sent as it is). On the wire: element `<storage_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `storage_type` attribute)
   */
  storageType?: DiskStorageType | (string & {});
  /**
   * `string`. On the wire: element `<logical_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `logical_name` attribute)
   */
  logicalName?: string;
  /**
   * `DiskContentType` (`data`, `ovf_store`, `memory_dump_volume`, `memory_metadata_volume`, `iso`, `hosted_engine`, `hosted_engine_sanlock`, `hosted_engine_metadata`, `hosted_engine_configuration`, `backup_scratch`; another string is sent as it is). On the wire: element `<content_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `content_type` attribute)
   * @since API 4.2.1
   */
  contentType?: DiskContentType | (string & {});
  /**
   * `string`. On the wire: element `<external_disk>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `external_disk` attribute)
   * @since API 4.4.0
   */
  externalDisk?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<disk_snapshot>`.
   *
   * Needed by:
   * - `ImageTransfersService.addForSnapshot`: `imageTransfer.snapshot.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `template` link)
   */
  template?: TemplateInit;
  /**
   * `InstanceTypeInit` (a `InstanceType` or a plain object). On the wire: element `<instance_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `instance_type` link)
   */
  instanceType?: InstanceTypeInit;
  /**
   * A list of `VmInit` (a `Vm` or a plain object). On the wire: element `<vms>` with one `<vm>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `vms` link)
   */
  vms?: VmInit[];
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `vm` link)
   * @deprecated The API model marks it deprecated.
   */
  vm?: VmInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `storage_domain` link)
   */
  storageDomain?: StorageDomainInit;
  /**
   * A list of `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domains>` with one `<storage_domain>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `storage_domains` link)
   */
  storageDomains?: StorageDomainInit[];
  /**
   * `QuotaInit` (a `Quota` or a plain object). On the wire: element `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `quota` link)
   */
  quota?: QuotaInit;
  /**
   * `DiskProfileInit` (a `DiskProfile` or a plain object). On the wire: element `<disk_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `disk_profile` link)
   */
  diskProfile?: DiskProfileInit;
  /**
   * `SnapshotInit` (a `Snapshot` or a plain object). On the wire: element `<snapshot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `snapshot` link)
   */
  snapshot?: SnapshotInit;
  /**
   * `OpenStackVolumeTypeInit` (a `OpenStackVolumeType` or a plain object). On the wire: element `<openstack_volume_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `openstack_volume_type` link)
   */
  openstackVolumeType?: OpenStackVolumeTypeInit;
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `permissions` link)
   */
  permissions?: PermissionInit[];
  /**
   * A list of `DiskSnapshotInit` (a `DiskSnapshot` or a plain object). On the wire: element `<disk_snapshots>` with one `<disk_snapshot>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `disk_snapshots` link)
   */
  diskSnapshots?: DiskSnapshotInit[];
  /**
   * A list of `StatisticInit` (a `Statistic` or a plain object). On the wire: element `<statistics>` with one `<statistic>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `statistics` link)
   */
  statistics?: StatisticInit[];
  /**
   * `DiskInit` (a `Disk` or a plain object). On the wire: element `<disk>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `disk` link)
   */
  disk?: DiskInit;
  /**
   * `DiskSnapshotInit` (a `DiskSnapshot` or a plain object). On the wire: element `<parent>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_snapshot | reference: disk_snapshot} (its `parent` link)
   * @since API 4.4.3
   */
  parent?: DiskSnapshotInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(DiskSnapshot, () => ({
  href: VALUE,
  alias: VALUE,
  imageId: VALUE,
  provisionedSize: VALUE,
  initialSize: VALUE,
  actualSize: VALUE,
  totalSize: VALUE,
  status: VALUE,
  interface: VALUE,
  format: VALUE,
  qcowVersion: VALUE,
  sparse: VALUE,
  bootable: VALUE,
  shareable: VALUE,
  wipeAfterDelete: VALUE,
  propagateErrors: VALUE,
  active: VALUE,
  backup: VALUE,
  backupMode: VALUE,
  readOnly: VALUE,
  lunStorage: HostStorage,
  sgio: VALUE,
  usesScsiReservation: VALUE,
  storageType: VALUE,
  logicalName: VALUE,
  contentType: VALUE,
  externalDisk: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  template: Template,
  instanceType: InstanceType,
  vms: [Vm],
  vm: Vm,
  storageDomain: StorageDomain,
  storageDomains: [StorageDomain],
  quota: Quota,
  diskProfile: DiskProfile,
  snapshot: Snapshot,
  openstackVolumeType: OpenStackVolumeType,
  permissions: [Permission],
  diskSnapshots: [DiskSnapshot],
  statistics: [Statistic],
  disk: Disk,
  parent: DiskSnapshot,
}));
