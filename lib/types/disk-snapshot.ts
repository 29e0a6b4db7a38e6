// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `disk_snapshot` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot}
 */
export class DiskSnapshot extends Struct {
  /** The `alias` attribute (`<alias>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/alias} */
  alias?: string;

  /** The `image_id` attribute (`<image_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/image_id} */
  imageId?: string;

  /** The `provisioned_size` attribute (`<provisioned_size>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/provisioned_size} */
  provisionedSize?: number;

  /**
   * The `initial_size` attribute (`<initial_size>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/initial_size}
   * @since API 4.0.7
   */
  initialSize?: number;

  /** The `actual_size` attribute (`<actual_size>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/actual_size} */
  actualSize?: number;

  /**
   * The `total_size` attribute (`<total_size>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/total_size}
   * @since API 4.2.0
   */
  totalSize?: number;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/status} */
  status?: DiskStatus;

  /**
   * The `interface` attribute (`<interface>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/interface}
   * @deprecated The model marks it deprecated.
   */
  interface?: DiskInterface;

  /** The `format` attribute (`<format>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/format} */
  format?: DiskFormat;

  /**
   * The `qcow_version` attribute (`<qcow_version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/qcow_version}
   * @since API 4.1
   */
  qcowVersion?: QcowVersion;

  /** The `sparse` attribute (`<sparse>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/sparse} */
  sparse?: boolean;

  /**
   * The `bootable` attribute (`<bootable>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/bootable}
   * @deprecated The model marks it deprecated.
   */
  bootable?: boolean;

  /** The `shareable` attribute (`<shareable>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/shareable} */
  shareable?: boolean;

  /** The `wipe_after_delete` attribute (`<wipe_after_delete>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/wipe_after_delete} */
  wipeAfterDelete?: boolean;

  /** The `propagate_errors` attribute (`<propagate_errors>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/propagate_errors} */
  propagateErrors?: boolean;

  /** The `active` attribute (`<active>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/active} */
  active?: boolean;

  /**
   * The `backup` attribute (`<backup>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/backup}
   * @since API 4.3
   */
  backup?: DiskBackup;

  /**
   * The `backup_mode` attribute (`<backup_mode>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/backup_mode}
   * @since API 4.4.3
   */
  backupMode?: DiskBackupMode;

  /**
   * The `read_only` attribute (`<read_only>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/read_only}
   * @deprecated The model marks it deprecated.
   */
  readOnly?: boolean;

  /** The `lun_storage` attribute (`<lun_storage>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/lun_storage} */
  lunStorage?: HostStorage;

  /**
   * The `sgio` attribute (`<sgio>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/sgio}
   * @since API 3.3
   */
  sgio?: ScsiGenericIO;

  /** The `uses_scsi_reservation` attribute (`<uses_scsi_reservation>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/uses_scsi_reservation} */
  usesScsiReservation?: boolean;

  /** The `storage_type` attribute (`<storage_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/storage_type} */
  storageType?: DiskStorageType;

  /** The `logical_name` attribute (`<logical_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/logical_name} */
  logicalName?: string;

  /**
   * The `content_type` attribute (`<content_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/content_type}
   * @since API 4.2.1
   */
  contentType?: DiskContentType;

  /**
   * The `external_disk` attribute (`<external_disk>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/external_disk}
   * @since API 4.4.0
   */
  externalDisk?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/attributes/comment} */
  comment?: string;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/template} */
  template?: Template;

  /** The `instance_type` link (`<instance_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/instance_type} */
  instanceType?: InstanceType;

  /** The `vms` link (`<vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/vms} */
  vms?: List<Vm>;

  /**
   * The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/vm}
   * @deprecated The model marks it deprecated.
   */
  vm?: Vm;

  /** The `storage_domain` link (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/storage_domain} */
  storageDomain?: StorageDomain;

  /** The `storage_domains` link (`<storage_domains>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/storage_domains} */
  storageDomains?: List<StorageDomain>;

  /** The `quota` link (`<quota>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/quota} */
  quota?: Quota;

  /** The `disk_profile` link (`<disk_profile>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/disk_profile} */
  diskProfile?: DiskProfile;

  /** The `snapshot` link (`<snapshot>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/snapshot} */
  snapshot?: Snapshot;

  /** The `openstack_volume_type` link (`<openstack_volume_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/openstack_volume_type} */
  openstackVolumeType?: OpenStackVolumeType;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/permissions} */
  permissions?: List<Permission>;

  /** The `disk_snapshots` link (`<disk_snapshots>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/disk_snapshots} */
  diskSnapshots?: List<DiskSnapshot>;

  /** The `statistics` link (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/statistics} */
  statistics?: List<Statistic>;

  /** The `disk` link (`<disk>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/disk} */
  disk?: Disk;

  /**
   * The `parent` link (`<parent>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_snapshot/links/parent}
   * @since API 4.4.3
   */
  parent?: DiskSnapshot;

  /** Creates a `disk_snapshot`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: DiskSnapshotInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `disk_snapshot` as the SDK accepts it: a {@link DiskSnapshot} or a plain object of the same shape, at any depth. */
export interface DiskSnapshotInit {
  href?: string;
  alias?: string;
  imageId?: string;
  provisionedSize?: number;
  initialSize?: number;
  actualSize?: number;
  totalSize?: number;
  status?: DiskStatus;
  interface?: DiskInterface;
  format?: DiskFormat;
  qcowVersion?: QcowVersion;
  sparse?: boolean;
  bootable?: boolean;
  shareable?: boolean;
  wipeAfterDelete?: boolean;
  propagateErrors?: boolean;
  active?: boolean;
  backup?: DiskBackup;
  backupMode?: DiskBackupMode;
  readOnly?: boolean;
  lunStorage?: HostStorageInit;
  sgio?: ScsiGenericIO;
  usesScsiReservation?: boolean;
  storageType?: DiskStorageType;
  logicalName?: string;
  contentType?: DiskContentType;
  externalDisk?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  template?: TemplateInit;
  instanceType?: InstanceTypeInit;
  vms?: VmInit[];
  vm?: VmInit;
  storageDomain?: StorageDomainInit;
  storageDomains?: StorageDomainInit[];
  quota?: QuotaInit;
  diskProfile?: DiskProfileInit;
  snapshot?: SnapshotInit;
  openstackVolumeType?: OpenStackVolumeTypeInit;
  permissions?: PermissionInit[];
  diskSnapshots?: DiskSnapshotInit[];
  statistics?: StatisticInit[];
  disk?: DiskInit;
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
