// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedAffinityLabelsService } from './assigned-affinity-labels-service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { AssignedTagsService } from './assigned-tags-service';
import { DiskAttachmentsService } from './disk-attachments-service';
import { KatelloErrataService } from './katello-errata-service';
import { SnapshotsService } from './snapshots-service';
import { StatisticsService } from './statistics-service';
import { VmApplicationsService } from './vm-applications-service';
import { VmBackupsService } from './vm-backups-service';
import { VmCdromsService } from './vm-cdroms-service';
import { VmCheckpointsService } from './vm-checkpoints-service';
import { VmGraphicsConsolesService } from './vm-graphics-consoles-service';
import { VmHostDevicesService } from './vm-host-devices-service';
import { VmMediatedDevicesService } from './vm-mediated-devices-service';
import { VmNicsService } from './vm-nics-service';
import { VmNumaNodesService } from './vm-numa-nodes-service';
import { VmReportedDevicesService } from './vm-reported-devices-service';
import { VmSessionsService } from './vm-sessions-service';
import { VmWatchdogsService } from './vm-watchdogs-service';

/**
 * Options of {@link VmService.cancelMigration}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/cancel_migration | reference: vm.cancel_migration}
 */
export interface VmServiceCancelMigrationOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/cancelmigration`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/cancel_migration | reference: vm.cancel_migration}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.commitSnapshot}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/commit_snapshot | reference: vm.commit_snapshot}
 */
export interface VmServiceCommitSnapshotOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/commitsnapshot`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/commit_snapshot | reference: vm.commit_snapshot}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.clone}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/clone | reference: vm.clone}
 */
export interface VmServiceCloneOptions extends RequestOptions {
  /**
   * `VmInit` (a `Vm` or a plain object), sent as `<vm>` in the `<action>` body of `POST /vms/{vm_id}/clone`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.vm.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/clone | reference: vm.clone}
   */
  vm?: t.VmInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/clone`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/clone | reference: vm.clone}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<discard_snapshots>` in the `<action>` body of `POST /vms/{vm_id}/clone`.
   *
   * Also accepts: `opts.discardSnapshots`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/clone | reference: vm.clone}
   * @since API 4.4
   */
  discardSnapshots?: boolean;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /vms/{vm_id}/clone`.
   *
   * Also accepts: `opts.storageDomain.id` or `opts.storageDomain.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/clone | reference: vm.clone}
   * @since API 4.4
   */
  storageDomain?: t.StorageDomainInit;
}

/**
 * Options of {@link VmService.detach}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/detach | reference: vm.detach}
 */
export interface VmServiceDetachOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/detach`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/detach | reference: vm.detach}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.exportToExportDomain}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
 */
export interface VmServiceExportToExportDomainOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<discard_snapshots>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Also accepts: `opts.discardSnapshots`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   */
  discardSnapshots?: boolean;
  /**
   * `boolean`, sent as `<exclusive>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Also accepts: `opts.exclusive`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   */
  exclusive?: boolean;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.exportToPathOnHost}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
 */
export interface VmServiceExportToPathOnHostOptions extends RequestOptions {
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<host>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.host.id` or `opts.host.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   * @since API 4.2
   */
  host?: t.HostInit;
  /**
   * `string`, sent as `<directory>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.directory`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   * @since API 4.2
   */
  directory?: string;
  /**
   * `string`, sent as `<filename>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Also accepts: `opts.filename`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   * @since API 4.2
   */
  filename?: string;
  /**
   * `boolean`, sent as `<discard_snapshots>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   */
  discardSnapshots?: boolean;
  /**
   * `boolean`, sent as `<exclusive>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   */
  exclusive?: boolean;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.export}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
 */
export interface VmServiceExportOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<discard_snapshots>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   */
  discardSnapshots?: boolean;
  /**
   * `boolean`, sent as `<exclusive>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   */
  exclusive?: boolean;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.freezeFilesystems}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/freeze_filesystems | reference: vm.freeze_filesystems}
 */
export interface VmServiceFreezeFilesystemsOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/freezefilesystems`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/freeze_filesystems | reference: vm.freeze_filesystems}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/get | reference: vm.get}
 */
export interface VmServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `next_run` of `GET /vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/get | reference: vm.get}
   */
  nextRun?: boolean;
  /**
   * `boolean`, sent as query parameter `all_content` of `GET /vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/get | reference: vm.get}
   * @since API 4.0.6
   */
  allContent?: boolean;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/get | reference: vm.get}
   */
  filter?: boolean;
  /**
   * `boolean`, sent as query parameter `ovf_as_ova` of `GET /vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/get | reference: vm.get}
   * @since API 4.4.3
   */
  ovfAsOva?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/get | reference: vm.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link VmService.logon}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/logon | reference: vm.logon}
 */
export interface VmServiceLogonOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/logon`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/logon | reference: vm.logon}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.maintenance}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/maintenance | reference: vm.maintenance}
 */
export interface VmServiceMaintenanceOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<maintenance_enabled>` in the `<action>` body of `POST /vms/{vm_id}/maintenance`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.maintenanceEnabled`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/maintenance | reference: vm.maintenance}
   */
  maintenanceEnabled?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/maintenance`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/maintenance | reference: vm.maintenance}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.migrate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/migrate | reference: vm.migrate}
 */
export interface VmServiceMigrateOptions extends RequestOptions {
  /**
   * `ClusterInit` (a `Cluster` or a plain object), sent as `<cluster>` in the `<action>` body of `POST /vms/{vm_id}/migrate`.
   *
   * Also accepts: `opts.cluster.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/migrate | reference: vm.migrate}
   */
  cluster?: t.ClusterInit;
  /**
   * `boolean`, sent as `<force>` in the `<action>` body of `POST /vms/{vm_id}/migrate`.
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/migrate | reference: vm.migrate}
   */
  force?: boolean;
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<host>` in the `<action>` body of `POST /vms/{vm_id}/migrate`.
   *
   * Also accepts: `opts.host.id` or `opts.host.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/migrate | reference: vm.migrate}
   */
  host?: t.HostInit;
  /**
   * `boolean`, sent as `<migrate_vms_in_affinity_closure>` in the `<action>` body of `POST /vms/{vm_id}/migrate`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/migrate | reference: vm.migrate}
   */
  migrateVmsInAffinityClosure?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/migrate`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/migrate | reference: vm.migrate}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.previewSnapshot}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/preview_snapshot | reference: vm.preview_snapshot}
 */
export interface VmServicePreviewSnapshotOptions extends RequestOptions {
  /**
   * A list of `DiskInit` (a `Disk` or a plain object), sent as `<disks>` in the `<action>` body of `POST /vms/{vm_id}/previewsnapshot`.
   *
   * Also accepts: `opts.disks[].id`, `opts.disks[].imageId`, `opts.disks[].snapshot.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/preview_snapshot | reference: vm.preview_snapshot}
   */
  disks?: t.DiskInit[];
  /**
   * `boolean`, sent as `<restore_memory>` in the `<action>` body of `POST /vms/{vm_id}/previewsnapshot`.
   *
   * Also accepts: `opts.restoreMemory`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/preview_snapshot | reference: vm.preview_snapshot}
   */
  restoreMemory?: boolean;
  /**
   * `StorageDomainLeaseInit` (a `StorageDomainLease` or a plain object), sent as `<lease>` in the `<action>` body of `POST /vms/{vm_id}/previewsnapshot`.
   *
   * Also accepts: `opts.lease`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/preview_snapshot | reference: vm.preview_snapshot}
   * @since API 4.2.2
   */
  lease?: t.StorageDomainLeaseInit;
  /**
   * `SnapshotInit` (a `Snapshot` or a plain object), sent as `<snapshot>` in the `<action>` body of `POST /vms/{vm_id}/previewsnapshot`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.snapshot.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/preview_snapshot | reference: vm.preview_snapshot}
   */
  snapshot?: t.SnapshotInit;
  /**
   * `VmInit` (a `Vm` or a plain object), sent as `<vm>` in the `<action>` body of `POST /vms/{vm_id}/previewsnapshot`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/preview_snapshot | reference: vm.preview_snapshot}
   */
  vm?: t.VmInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/previewsnapshot`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/preview_snapshot | reference: vm.preview_snapshot}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.autoPinCpuAndNumaNodes}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/auto_pin_cpu_and_numa_nodes | reference: vm.auto_pin_cpu_and_numa_nodes}
 */
export interface VmServiceAutoPinCpuAndNumaNodesOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<optimize_cpu_settings>` in the `<action>` body of `POST /vms/{vm_id}/autopincpuandnumanodes`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/auto_pin_cpu_and_numa_nodes | reference: vm.auto_pin_cpu_and_numa_nodes}
   * @since API 4.4.5
   */
  optimizeCpuSettings?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/autopincpuandnumanodes`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/auto_pin_cpu_and_numa_nodes | reference: vm.auto_pin_cpu_and_numa_nodes}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/update | reference: vm.update}
 */
export interface VmServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `next_run` of `PUT /vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/update | reference: vm.update}
   */
  nextRun?: boolean;
  /**
   * `boolean`, sent as query parameter `async` of `PUT /vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/update | reference: vm.update}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.reboot}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/reboot | reference: vm.reboot}
 */
export interface VmServiceRebootOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<force>` in the `<action>` body of `POST /vms/{vm_id}/reboot`.
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/reboot | reference: vm.reboot}
   */
  force?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/reboot`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/reboot | reference: vm.reboot}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/remove | reference: vm.remove}
 */
export interface VmServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/remove | reference: vm.remove}
   */
  async?: boolean;
  /**
   * `boolean`, sent as query parameter `detach_only` of `DELETE /vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/remove | reference: vm.remove}
   */
  detachOnly?: boolean;
  /**
   * `boolean`, sent as query parameter `force` of `DELETE /vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/remove | reference: vm.remove}
   */
  force?: boolean;
}

/**
 * Options of {@link VmService.reset}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/reset | reference: vm.reset}
 */
export interface VmServiceResetOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/reset`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/reset | reference: vm.reset}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.reorderMacAddresses}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/reorder_mac_addresses | reference: vm.reorder_mac_addresses}
 */
export interface VmServiceReorderMacAddressesOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/reordermacaddresses`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/reorder_mac_addresses | reference: vm.reorder_mac_addresses}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.shutdown}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/shutdown | reference: vm.shutdown}
 */
export interface VmServiceShutdownOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<force>` in the `<action>` body of `POST /vms/{vm_id}/shutdown`.
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/shutdown | reference: vm.shutdown}
   */
  force?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/shutdown`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/shutdown | reference: vm.shutdown}
   */
  async?: boolean;
  /**
   * `string`, sent as `<reason>` in the `<action>` body of `POST /vms/{vm_id}/shutdown`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/shutdown | reference: vm.shutdown}
   * @since API 4.4
   */
  reason?: string;
}

/**
 * Options of {@link VmService.start}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
 */
export interface VmServiceStartOptions extends RequestOptions {
  /**
   * `AuthorizedKeyInit` (a `AuthorizedKey` or a plain object), sent as `<authorized_key>` in the `<action>` body of `POST /vms/{vm_id}/start`.
   *
   * Also accepts: `opts.authorizedKey.user.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
   */
  authorizedKey?: t.AuthorizedKeyInit;
  /**
   * `boolean`, sent as `<pause>` in the `<action>` body of `POST /vms/{vm_id}/start`.
   *
   * Also accepts: `opts.pause`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
   */
  pause?: boolean;
  /**
   * `VmInit` (a `Vm` or a plain object), sent as `<vm>` in the `<action>` body of `POST /vms/{vm_id}/start`.
   *
   * Also accepts: `opts.vm.customCpuModel`, `opts.vm.customEmulatedMachine`, `opts.vm.display.type`, `opts.vm.display.videoType`, `opts.vm.domain.name`, `opts.vm.domain.user.password`, `opts.vm.domain.user.userName`, `opts.vm.initialization.activeDirectoryOu`, `opts.vm.initialization.authorizedSshKeys`, `opts.vm.initialization.cloudInit.host.address`, `opts.vm.initialization.cloudInit.regenerateSshKeys`, `opts.vm.initialization.cloudInit.timezone`, `opts.vm.initialization.customScript`, `opts.vm.initialization.dnsSearch`, `opts.vm.initialization.dnsServers`, `opts.vm.initialization.domain`, `opts.vm.initialization.hostName`, `opts.vm.initialization.inputLocale`, `opts.vm.initialization.orgName`, `opts.vm.initialization.regenerateSshKeys`, `opts.vm.initialization.rootPassword`, `opts.vm.initialization.systemLocale`, `opts.vm.initialization.timezone`, `opts.vm.initialization.uiLanguage`, `opts.vm.initialization.userName`, `opts.vm.initialization.windowsLicenseKey`, `opts.vm.os.cmdline`, `opts.vm.os.initrd`, `opts.vm.os.kernel`, `opts.vm.placementPolicy.affinity`, `opts.vm.stateless`, `opts.vm.os.boot.devices[]`, `opts.vm.initialization.cloudInit.networkConfiguration.dns.searchDomains[].address`, `opts.vm.initialization.cloudInit.users[].name`, `opts.vm.initialization.cloudInit.users[].password`, `opts.vm.initialization.cloudInit.authorizedKeys[].key`, `opts.vm.initialization.cloudInit.networkConfiguration.nics[].bootProtocol`, `opts.vm.initialization.cloudInit.networkConfiguration.nics[].name`, `opts.vm.initialization.cloudInit.networkConfiguration.nics[].network.ip.gateway`, `opts.vm.initialization.cloudInit.networkConfiguration.nics[].network.ip.netmask`, `opts.vm.initialization.cloudInit.networkConfiguration.nics[].onBoot`, `opts.vm.initialization.cloudInit.networkConfiguration.dns.servers[].address`, `opts.vm.placementPolicy.hosts[].id` or `opts.vm.placementPolicy.hosts[].name`, `opts.vm.initialization.nicConfigurations[].bootProtocol`, `opts.vm.initialization.nicConfigurations[].ip.address`, `opts.vm.initialization.nicConfigurations[].ip.gateway`, `opts.vm.initialization.nicConfigurations[].ip.netmask`, `opts.vm.initialization.nicConfigurations[].name`, `opts.vm.initialization.nicConfigurations[].onBoot`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
   */
  vm?: t.VmInit;
  /**
   * `boolean`, sent as `<use_cloud_init>` in the `<action>` body of `POST /vms/{vm_id}/start`.
   *
   * Also accepts: `opts.useCloudInit`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
   */
  useCloudInit?: boolean;
  /**
   * `boolean`, sent as `<use_sysprep>` in the `<action>` body of `POST /vms/{vm_id}/start`.
   *
   * Also accepts: `opts.useSysprep`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
   */
  useSysprep?: boolean;
  /**
   * `boolean`, sent as `<use_ignition>` in the `<action>` body of `POST /vms/{vm_id}/start`.
   *
   * Also accepts: `opts.useIgnition`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
   * @since API 4.4.0
   */
  useIgnition?: boolean;
  /**
   * `boolean`, sent as `<use_initialization>` in the `<action>` body of `POST /vms/{vm_id}/start`.
   *
   * Also accepts: `opts.useInitialization`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
   * @since API 4.4.0
   */
  useInitialization?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/start`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<filter>` in the `<action>` body of `POST /vms/{vm_id}/start`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
   */
  filter?: boolean;
  /**
   * `boolean`, sent as `<volatile>` in the `<action>` body of `POST /vms/{vm_id}/start`.
   *
   * Also accepts: `opts.volatile`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
   * @since API 4.2.0
   */
  volatile?: boolean;
  /**
   * `boolean`, sent as `<attach_wgt>` in the `<action>` body of `POST /vms/{vm_id}/start`.
   *
   * Also accepts: `opts.attachWgt`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
   * @since API 4.6.1
   */
  attachWgt?: boolean;
}

/**
 * Options of {@link VmService.stop}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/stop | reference: vm.stop}
 */
export interface VmServiceStopOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<force>` in the `<action>` body of `POST /vms/{vm_id}/stop`.
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/stop | reference: vm.stop}
   */
  force?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/stop`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/stop | reference: vm.stop}
   */
  async?: boolean;
  /**
   * `string`, sent as `<reason>` in the `<action>` body of `POST /vms/{vm_id}/stop`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/stop | reference: vm.stop}
   * @since API 4.4
   */
  reason?: string;
}

/**
 * Options of {@link VmService.suspend}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/suspend | reference: vm.suspend}
 */
export interface VmServiceSuspendOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/suspend`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/suspend | reference: vm.suspend}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.thawFilesystems}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/thaw_filesystems | reference: vm.thaw_filesystems}
 */
export interface VmServiceThawFilesystemsOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/thawfilesystems`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/thaw_filesystems | reference: vm.thaw_filesystems}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.ticket}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/ticket | reference: vm.ticket}
 */
export interface VmServiceTicketOptions extends RequestOptions {
  /**
   * `TicketInit` (a `Ticket` or a plain object), sent as `<ticket>` in the `<action>` body of `POST /vms/{vm_id}/ticket`.
   *
   * Also accepts: `opts.ticket.value`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/ticket | reference: vm.ticket}
   */
  ticket?: t.TicketInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/ticket`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/ticket | reference: vm.ticket}
   */
  async?: boolean;
}

/**
 * Options of {@link VmService.undoSnapshot}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/undo_snapshot | reference: vm.undo_snapshot}
 */
export interface VmServiceUndoSnapshotOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/undosnapshot`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/undo_snapshot | reference: vm.undo_snapshot}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const CANCEL_MIGRATION_PARAMETERS = methodParameters('VmService.cancelMigration', { async: 'boolean' });
const COMMIT_SNAPSHOT_PARAMETERS = methodParameters('VmService.commitSnapshot', { async: 'boolean' });
const CLONE_PARAMETERS = methodParameters('VmService.clone', { vm: t.Vm, async: 'boolean', discardSnapshots: 'boolean', storageDomain: t.StorageDomain });
const DETACH_PARAMETERS = methodParameters('VmService.detach', { async: 'boolean' });
const EXPORT_TO_EXPORT_DOMAIN_PARAMETERS = methodParameters('VmService.exportToExportDomain', { discardSnapshots: 'boolean', exclusive: 'boolean', storageDomain: t.StorageDomain, async: 'boolean' });
const EXPORT_TO_PATH_ON_HOST_PARAMETERS = methodParameters('VmService.exportToPathOnHost', { host: t.Host, directory: 'string', filename: 'string', discardSnapshots: 'boolean', exclusive: 'boolean', storageDomain: t.StorageDomain, async: 'boolean' });
const EXPORT_PARAMETERS = methodParameters('VmService.export', { discardSnapshots: 'boolean', exclusive: 'boolean', storageDomain: t.StorageDomain, async: 'boolean' });
const FREEZE_FILESYSTEMS_PARAMETERS = methodParameters('VmService.freezeFilesystems', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('VmService.get', { nextRun: 'boolean', allContent: 'boolean', filter: 'boolean', ovfAsOva: 'boolean', follow: 'string' });
const LOGON_PARAMETERS = methodParameters('VmService.logon', { async: 'boolean' });
const MAINTENANCE_PARAMETERS = methodParameters('VmService.maintenance', { maintenanceEnabled: 'boolean', async: 'boolean' });
const MIGRATE_PARAMETERS = methodParameters('VmService.migrate', { cluster: t.Cluster, force: 'boolean', host: t.Host, migrateVmsInAffinityClosure: 'boolean', async: 'boolean' });
const PREVIEW_SNAPSHOT_PARAMETERS = methodParameters('VmService.previewSnapshot', { disks: [t.Disk], restoreMemory: 'boolean', lease: t.StorageDomainLease, snapshot: t.Snapshot, vm: t.Vm, async: 'boolean' });
const AUTO_PIN_CPU_AND_NUMA_NODES_PARAMETERS = methodParameters('VmService.autoPinCpuAndNumaNodes', { optimizeCpuSettings: 'boolean', async: 'boolean' });
const UPDATE_PARAMETERS = methodParameters('VmService.update', { nextRun: 'boolean', async: 'boolean' }, ['vm', t.Vm]);
const REBOOT_PARAMETERS = methodParameters('VmService.reboot', { force: 'boolean', async: 'boolean' });
const REMOVE_PARAMETERS = methodParameters('VmService.remove', { async: 'boolean', detachOnly: 'boolean', force: 'boolean' });
const RESET_PARAMETERS = methodParameters('VmService.reset', { async: 'boolean' });
const REORDER_MAC_ADDRESSES_PARAMETERS = methodParameters('VmService.reorderMacAddresses', { async: 'boolean' });
const SHUTDOWN_PARAMETERS = methodParameters('VmService.shutdown', { force: 'boolean', async: 'boolean', reason: 'string' });
const START_PARAMETERS = methodParameters('VmService.start', { authorizedKey: t.AuthorizedKey, pause: 'boolean', vm: t.Vm, useCloudInit: 'boolean', useSysprep: 'boolean', useIgnition: 'boolean', useInitialization: 'boolean', async: 'boolean', filter: 'boolean', volatile: 'boolean', attachWgt: 'boolean' });
const STOP_PARAMETERS = methodParameters('VmService.stop', { force: 'boolean', async: 'boolean', reason: 'string' });
const SUSPEND_PARAMETERS = methodParameters('VmService.suspend', { async: 'boolean' });
const THAW_FILESYSTEMS_PARAMETERS = methodParameters('VmService.thawFilesystems', { async: 'boolean' });
const TICKET_PARAMETERS = methodParameters('VmService.ticket', { ticket: t.Ticket, async: 'boolean' });
const UNDO_SNAPSHOT_PARAMETERS = methodParameters('VmService.undoSnapshot', { async: 'boolean' });
const SCREENSHOT_PARAMETERS = methodParameters('VmService.screenshot', {});

/**
 * The `vm` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm | reference: vm}
 */
export class VmService extends Service {
  /**
   * The `cancel_migration` action: sends `POST /vms/{vm_id}/cancelmigration` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/cancel_migration | reference: vm.cancel_migration}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceCancelMigrationOptions}).
   */
  cancelMigration(opts: VmServiceCancelMigrationOptions = {}): Promise<void> {
    const refused = checkParameters(CANCEL_MIGRATION_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('cancelmigration', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `commit_snapshot` action: sends `POST /vms/{vm_id}/commitsnapshot` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/commit_snapshot | reference: vm.commit_snapshot}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceCommitSnapshotOptions}).
   */
  commitSnapshot(opts: VmServiceCommitSnapshotOptions = {}): Promise<void> {
    const refused = checkParameters(COMMIT_SNAPSHOT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('commitsnapshot', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `clone` action: sends `POST /vms/{vm_id}/clone` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.vm.name`
   *
   * Also accepts: `opts.discardSnapshots`, `opts.storageDomain.id` or `opts.storageDomain.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/clone | reference: vm.clone}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceCloneOptions}).
   */
  clone(opts: VmServiceCloneOptions = {}): Promise<void> {
    const refused = checkParameters(CLONE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      vm: opts.vm,
      async: opts.async,
      discardSnapshots: opts.discardSnapshots,
      storageDomain: opts.storageDomain,
    };
    return this._action('clone', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `detach` action: sends `POST /vms/{vm_id}/detach` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/detach | reference: vm.detach}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceDetachOptions}).
   */
  detach(opts: VmServiceDetachOptions = {}): Promise<void> {
    const refused = checkParameters(DETACH_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('detach', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `export_to_export_domain` action: sends `POST /vms/{vm_id}/export` with an `<action>` body holding the parameters given.
   *
   * A signature of `export`: the same request, with the members of this case.
   * The engine takes this branch when `opts.storageDomain.id` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Also accepts: `opts.discardSnapshots`, `opts.exclusive`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceExportToExportDomainOptions}).
   */
  exportToExportDomain(opts: VmServiceExportToExportDomainOptions = {}): Promise<void> {
    const refused = checkParameters(EXPORT_TO_EXPORT_DOMAIN_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      discardSnapshots: opts.discardSnapshots,
      exclusive: opts.exclusive,
      storageDomain: opts.storageDomain,
      async: opts.async,
    };
    return this._action('export', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `export_to_path_on_host` action: sends `POST /vms/{vm_id}/export` with an `<action>` body holding the parameters given.
   *
   * A signature of `export`: the same request, with the members of this case.
   * The engine takes this branch when `opts.directory` is given or `opts.host.id` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.directory`
   * - `opts.host.id` or `opts.host.name`
   *
   * Also accepts: `opts.filename`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceExportToPathOnHostOptions}).
   * @since API 4.2
   */
  exportToPathOnHost(opts: VmServiceExportToPathOnHostOptions = {}): Promise<void> {
    const refused = checkParameters(EXPORT_TO_PATH_ON_HOST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      host: opts.host,
      directory: opts.directory,
      filename: opts.filename,
      discardSnapshots: opts.discardSnapshots,
      exclusive: opts.exclusive,
      storageDomain: opts.storageDomain,
      async: opts.async,
    };
    return this._action('export', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `export` action: sends `POST /vms/{vm_id}/export` with an `<action>` body holding the parameters given.
   *
   * Its signatures send the same request for particular cases: `exportToExportDomain` (when `opts.storageDomain.id` is given), `exportToPathOnHost` (when `opts.directory` is given or `opts.host.id` is given).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/export | reference: vm.export}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceExportOptions}).
   */
  export(opts: VmServiceExportOptions = {}): Promise<void> {
    const refused = checkParameters(EXPORT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      discardSnapshots: opts.discardSnapshots,
      exclusive: opts.exclusive,
      storageDomain: opts.storageDomain,
      async: opts.async,
    };
    return this._action('export', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `freeze_filesystems` action: sends `POST /vms/{vm_id}/freezefilesystems` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/freeze_filesystems | reference: vm.freeze_filesystems}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceFreezeFilesystemsOptions}).
   */
  freezeFilesystems(opts: VmServiceFreezeFilesystemsOptions = {}): Promise<void> {
    const refused = checkParameters(FREEZE_FILESYSTEMS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('freezefilesystems', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the `vm`: sends `GET /vms/{vm_id}` and reads the `<vm>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/get | reference: vm.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceGetOptions}).
   * @returns The `vm`: `Vm`.
   */
  get(opts: VmServiceGetOptions = {}): Promise<t.Vm> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      next_run: opts.nextRun,
      all_content: opts.allContent,
      filter: opts.filter,
      ovf_as_ova: opts.ovfAsOva,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Vm>;
  }

  /**
   * The `logon` action: sends `POST /vms/{vm_id}/logon` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/logon | reference: vm.logon}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceLogonOptions}).
   */
  logon(opts: VmServiceLogonOptions = {}): Promise<void> {
    const refused = checkParameters(LOGON_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('logon', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `maintenance` action: sends `POST /vms/{vm_id}/maintenance` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.maintenanceEnabled`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/maintenance | reference: vm.maintenance}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceMaintenanceOptions}).
   */
  maintenance(opts: VmServiceMaintenanceOptions = {}): Promise<void> {
    const refused = checkParameters(MAINTENANCE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      maintenanceEnabled: opts.maintenanceEnabled,
      async: opts.async,
    };
    return this._action('maintenance', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `migrate` action: sends `POST /vms/{vm_id}/migrate` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.cluster.id`, `opts.force`, `opts.host.id` or `opts.host.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/migrate | reference: vm.migrate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceMigrateOptions}).
   */
  migrate(opts: VmServiceMigrateOptions = {}): Promise<void> {
    const refused = checkParameters(MIGRATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      cluster: opts.cluster,
      force: opts.force,
      host: opts.host,
      migrateVmsInAffinityClosure: opts.migrateVmsInAffinityClosure,
      async: opts.async,
    };
    return this._action('migrate', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `preview_snapshot` action: sends `POST /vms/{vm_id}/previewsnapshot` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.snapshot.id`
   *
   * Also accepts: `opts.restoreMemory`, `opts.lease`, `opts.disks[].id`, `opts.disks[].imageId`, `opts.disks[].snapshot.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/preview_snapshot | reference: vm.preview_snapshot}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServicePreviewSnapshotOptions}).
   */
  previewSnapshot(opts: VmServicePreviewSnapshotOptions = {}): Promise<void> {
    const refused = checkParameters(PREVIEW_SNAPSHOT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      disks: opts.disks,
      restoreMemory: opts.restoreMemory,
      lease: opts.lease,
      snapshot: opts.snapshot,
      vm: opts.vm,
      async: opts.async,
    };
    return this._action('previewsnapshot', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `auto_pin_cpu_and_numa_nodes` action: sends `POST /vms/{vm_id}/autopincpuandnumanodes` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/auto_pin_cpu_and_numa_nodes | reference: vm.auto_pin_cpu_and_numa_nodes}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceAutoPinCpuAndNumaNodesOptions}).
   * @since API 4.4.5
   * @deprecated The API model marks it deprecated.
   */
  autoPinCpuAndNumaNodes(opts: VmServiceAutoPinCpuAndNumaNodesOptions = {}): Promise<void> {
    const refused = checkParameters(AUTO_PIN_CPU_AND_NUMA_NODES_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      optimizeCpuSettings: opts.optimizeCpuSettings,
      async: opts.async,
    };
    return this._action('autopincpuandnumanodes', action, undefined, opts) as Promise<void>;
  }

  /**
   * Updates the `vm`: sends `PUT /vms/{vm_id}` with the `<vm>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `vm.bios.bootMenu.enabled`, `vm.comment`, `vm.console.enabled`, `vm.cpu.architecture`, `vm.cpu.mode`, `vm.cpu.topology.cores`, `vm.cpu.topology.sockets`, `vm.cpu.topology.threads`, `vm.cpuProfile.id`, `vm.cpuShares`, `vm.customCpuModel`, `vm.customEmulatedMachine`, `vm.deleteProtected`, `vm.description`, `vm.display.allowOverride`, `vm.display.copyPasteEnabled`, `vm.display.fileTransferEnabled`, `vm.display.keyboardLayout`, `vm.display.monitors`, `vm.display.singleQxlPci`, `vm.display.smartcardEnabled`, `vm.display.type`, `vm.display.videoType`, `vm.domain.name`, `vm.externalHostProvider.id`, `vm.highAvailability.enabled`, `vm.highAvailability.priority`, `vm.io.threads`, `vm.largeIcon.data`, `vm.largeIcon.id`, `vm.largeIcon.mediaType`, `vm.memory`, `vm.memoryPolicy.ballooning`, `vm.memoryPolicy.guaranteed`, `vm.migration.autoConverge`, `vm.migration.compressed`, `vm.migrationDowntime`, `vm.name`, `vm.numaTuneMode`, `vm.origin`, `vm.os.cmdline`, `vm.os.initrd`, `vm.os.kernel`, `vm.os.type`, `vm.placementPolicy.affinity`, `vm.rngDevice.rate.bytes`, `vm.rngDevice.rate.period`, `vm.rngDevice.source`, `vm.serialNumber.policy`, `vm.serialNumber.value`, `vm.smallIcon.id`, `vm.soundcardEnabled`, `vm.startPaused`, `vm.stateless`, `vm.timeZone.name`, `vm.tunnelMigration`, `vm.type`, `vm.usb.enabled`, `vm.usb.type`, `vm.useLatestTemplateVersion`, `vm.virtioScsi.enabled`, `vm.cluster.id` or `vm.cluster.name`, `vm.instanceType.id` or `vm.instanceType.name`, `vm.os.boot.devices[]`, `vm.placementPolicy.hosts[].id` or `vm.placementPolicy.hosts[].name`, `vm.cpu.cpuTune.vcpuPins[].cpuSet`, `vm.cpu.cpuTune.vcpuPins[].vcpu`, `vm.customProperties[].name`, `vm.customProperties[].value`, `vm.sso.methods[].id`, `vm.payloads[].files[].name`, `vm.payloads[].files[].content`, `vm.payloads[].type`, `vm.payloads[].volumeId`, `vm.storageErrorResumeBehaviour`, `vm.multiQueuesEnabled`, `vm.virtioScsiMultiQueuesEnabled`, `vm.virtioScsiMultiQueues`, `vm.tpmEnabled`, `vm.autoPinningPolicy`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/update | reference: vm.update}
   * @param vm The `vm` to send: `VmInit` (a `Vm` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceUpdateOptions}).
   * @returns The `vm` as the engine answers it.
   */
  update(vm: t.VmInit, opts: VmServiceUpdateOptions = {}): Promise<t.Vm> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, vm);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      next_run: opts.nextRun,
      async: opts.async,
    };
    return this._update(vm, 'vm', query, opts) as Promise<t.Vm>;
  }

  /**
   * The `reboot` action: sends `POST /vms/{vm_id}/reboot` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/reboot | reference: vm.reboot}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceRebootOptions}).
   */
  reboot(opts: VmServiceRebootOptions = {}): Promise<void> {
    const refused = checkParameters(REBOOT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      force: opts.force,
      async: opts.async,
    };
    return this._action('reboot', action, undefined, opts) as Promise<void>;
  }

  /**
   * Removes: sends `DELETE /vms/{vm_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/remove | reference: vm.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceRemoveOptions}).
   */
  remove(opts: VmServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
      detach_only: opts.detachOnly,
      force: opts.force,
    };
    return this._remove(query, opts);
  }

  /**
   * The `reset` action: sends `POST /vms/{vm_id}/reset` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/reset | reference: vm.reset}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceResetOptions}).
   */
  reset(opts: VmServiceResetOptions = {}): Promise<void> {
    const refused = checkParameters(RESET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('reset', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `reorder_mac_addresses` action: sends `POST /vms/{vm_id}/reordermacaddresses` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/reorder_mac_addresses | reference: vm.reorder_mac_addresses}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceReorderMacAddressesOptions}).
   */
  reorderMacAddresses(opts: VmServiceReorderMacAddressesOptions = {}): Promise<void> {
    const refused = checkParameters(REORDER_MAC_ADDRESSES_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('reordermacaddresses', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `shutdown` action: sends `POST /vms/{vm_id}/shutdown` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/shutdown | reference: vm.shutdown}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceShutdownOptions}).
   */
  shutdown(opts: VmServiceShutdownOptions = {}): Promise<void> {
    const refused = checkParameters(SHUTDOWN_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      force: opts.force,
      async: opts.async,
      reason: opts.reason,
    };
    return this._action('shutdown', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `start` action: sends `POST /vms/{vm_id}/start` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.pause`, `opts.useCloudInit`, `opts.useSysprep`, `opts.useIgnition`, `opts.useInitialization`, `opts.vm.customCpuModel`, `opts.vm.customEmulatedMachine`, `opts.vm.display.type`, `opts.vm.display.videoType`, `opts.vm.domain.name`, `opts.vm.domain.user.password`, `opts.vm.domain.user.userName`, `opts.vm.initialization.activeDirectoryOu`, `opts.vm.initialization.authorizedSshKeys`, `opts.vm.initialization.cloudInit.host.address`, `opts.vm.initialization.cloudInit.regenerateSshKeys`, `opts.vm.initialization.cloudInit.timezone`, `opts.vm.initialization.customScript`, `opts.vm.initialization.dnsSearch`, `opts.vm.initialization.dnsServers`, `opts.vm.initialization.domain`, `opts.vm.initialization.hostName`, `opts.vm.initialization.inputLocale`, `opts.vm.initialization.orgName`, `opts.vm.initialization.regenerateSshKeys`, `opts.vm.initialization.rootPassword`, `opts.vm.initialization.systemLocale`, `opts.vm.initialization.timezone`, `opts.vm.initialization.uiLanguage`, `opts.vm.initialization.userName`, `opts.vm.initialization.windowsLicenseKey`, `opts.vm.os.cmdline`, `opts.vm.os.initrd`, `opts.vm.os.kernel`, `opts.vm.placementPolicy.affinity`, `opts.vm.stateless`, `opts.authorizedKey.user.name`, `opts.vm.os.boot.devices[]`, `opts.vm.initialization.cloudInit.networkConfiguration.dns.searchDomains[].address`, `opts.vm.initialization.cloudInit.users[].name`, `opts.vm.initialization.cloudInit.users[].password`, `opts.vm.initialization.cloudInit.authorizedKeys[].key`, `opts.vm.initialization.cloudInit.networkConfiguration.nics[].bootProtocol`, `opts.vm.initialization.cloudInit.networkConfiguration.nics[].name`, `opts.vm.initialization.cloudInit.networkConfiguration.nics[].network.ip.gateway`, `opts.vm.initialization.cloudInit.networkConfiguration.nics[].network.ip.netmask`, `opts.vm.initialization.cloudInit.networkConfiguration.nics[].onBoot`, `opts.vm.initialization.cloudInit.networkConfiguration.dns.servers[].address`, `opts.vm.placementPolicy.hosts[].id` or `opts.vm.placementPolicy.hosts[].name`, `opts.vm.initialization.nicConfigurations[].bootProtocol`, `opts.vm.initialization.nicConfigurations[].ip.address`, `opts.vm.initialization.nicConfigurations[].ip.gateway`, `opts.vm.initialization.nicConfigurations[].ip.netmask`, `opts.vm.initialization.nicConfigurations[].name`, `opts.vm.initialization.nicConfigurations[].onBoot`, `opts.volatile`, `opts.attachWgt`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/start | reference: vm.start}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceStartOptions}).
   */
  start(opts: VmServiceStartOptions = {}): Promise<void> {
    const refused = checkParameters(START_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      authorizedKey: opts.authorizedKey,
      pause: opts.pause,
      vm: opts.vm,
      useCloudInit: opts.useCloudInit,
      useSysprep: opts.useSysprep,
      useIgnition: opts.useIgnition,
      useInitialization: opts.useInitialization,
      async: opts.async,
      filter: opts.filter,
      volatile: opts.volatile,
      attachWgt: opts.attachWgt,
    };
    return this._action('start', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `stop` action: sends `POST /vms/{vm_id}/stop` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/stop | reference: vm.stop}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceStopOptions}).
   */
  stop(opts: VmServiceStopOptions = {}): Promise<void> {
    const refused = checkParameters(STOP_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      force: opts.force,
      async: opts.async,
      reason: opts.reason,
    };
    return this._action('stop', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `suspend` action: sends `POST /vms/{vm_id}/suspend` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/suspend | reference: vm.suspend}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceSuspendOptions}).
   */
  suspend(opts: VmServiceSuspendOptions = {}): Promise<void> {
    const refused = checkParameters(SUSPEND_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('suspend', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `thaw_filesystems` action: sends `POST /vms/{vm_id}/thawfilesystems` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/thaw_filesystems | reference: vm.thaw_filesystems}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceThawFilesystemsOptions}).
   */
  thawFilesystems(opts: VmServiceThawFilesystemsOptions = {}): Promise<void> {
    const refused = checkParameters(THAW_FILESYSTEMS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('thawfilesystems', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `ticket` action: sends `POST /vms/{vm_id}/ticket` with an `<action>` body holding the parameters given, and reads `<ticket>` from the `<action>` the engine answers.
   *
   * Also accepts: `opts.ticket.value`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/ticket | reference: vm.ticket}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceTicketOptions}).
   * @returns The `ticket`: `Ticket`.
   */
  ticket(opts: VmServiceTicketOptions = {}): Promise<t.Ticket> {
    const refused = checkParameters(TICKET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      ticket: opts.ticket,
      async: opts.async,
    };
    return this._action('ticket', action, 'ticket', opts) as Promise<t.Ticket>;
  }

  /**
   * The `undo_snapshot` action: sends `POST /vms/{vm_id}/undosnapshot` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/undo_snapshot | reference: vm.undo_snapshot}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmServiceUndoSnapshotOptions}).
   */
  undoSnapshot(opts: VmServiceUndoSnapshotOptions = {}): Promise<void> {
    const refused = checkParameters(UNDO_SNAPSHOT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('undosnapshot', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `screenshot` action: sends `POST /vms/{vm_id}/screenshot` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm/methods/screenshot | reference: vm.screenshot}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   */
  screenshot(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(SCREENSHOT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('screenshot', {}, undefined, opts) as Promise<void>;
  }

  /**
   * Locates the `statistics` service at `statistics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics | reference: statistics}
   */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /**
   * Locates the `assigned_permissions` service at `permissions` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions | reference: assigned_permissions}
   */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /**
   * Locates the `assigned_tags` service at `tags` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tags | reference: assigned_tags}
   */
  tagsService(): AssignedTagsService {
    return new AssignedTagsService(this.connection, `${this.path}/tags`);
  }

  /**
   * Locates the `vm_graphics_consoles` service at `graphicsconsoles` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_graphics_consoles | reference: vm_graphics_consoles}
   */
  graphicsConsolesService(): VmGraphicsConsolesService {
    return new VmGraphicsConsolesService(this.connection, `${this.path}/graphicsconsoles`);
  }

  /**
   * Locates the `katello_errata` service at `katelloerrata` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/katello_errata | reference: katello_errata}
   */
  katelloErrataService(): KatelloErrataService {
    return new KatelloErrataService(this.connection, `${this.path}/katelloerrata`);
  }

  /**
   * Locates the `snapshots` service at `snapshots` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshots | reference: snapshots}
   */
  snapshotsService(): SnapshotsService {
    return new SnapshotsService(this.connection, `${this.path}/snapshots`);
  }

  /**
   * Locates the `vm_applications` service at `applications` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_applications | reference: vm_applications}
   */
  applicationsService(): VmApplicationsService {
    return new VmApplicationsService(this.connection, `${this.path}/applications`);
  }

  /**
   * Locates the `vm_cdroms` service at `cdroms` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdroms | reference: vm_cdroms}
   */
  cdromsService(): VmCdromsService {
    return new VmCdromsService(this.connection, `${this.path}/cdroms`);
  }

  /**
   * Locates the `vm_host_devices` service at `hostdevices` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_devices | reference: vm_host_devices}
   */
  hostDevicesService(): VmHostDevicesService {
    return new VmHostDevicesService(this.connection, `${this.path}/hostdevices`);
  }

  /**
   * Locates the `vm_nics` service at `nics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nics | reference: vm_nics}
   */
  nicsService(): VmNicsService {
    return new VmNicsService(this.connection, `${this.path}/nics`);
  }

  /**
   * Locates the `vm_numa_nodes` service at `numanodes` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_nodes | reference: vm_numa_nodes}
   */
  numaNodesService(): VmNumaNodesService {
    return new VmNumaNodesService(this.connection, `${this.path}/numanodes`);
  }

  /**
   * Locates the `vm_reported_devices` service at `reporteddevices` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_devices | reference: vm_reported_devices}
   */
  reportedDevicesService(): VmReportedDevicesService {
    return new VmReportedDevicesService(this.connection, `${this.path}/reporteddevices`);
  }

  /**
   * Locates the `vm_sessions` service at `sessions` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_sessions | reference: vm_sessions}
   */
  sessionsService(): VmSessionsService {
    return new VmSessionsService(this.connection, `${this.path}/sessions`);
  }

  /**
   * Locates the `vm_watchdogs` service at `watchdogs` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_watchdogs | reference: vm_watchdogs}
   */
  watchdogsService(): VmWatchdogsService {
    return new VmWatchdogsService(this.connection, `${this.path}/watchdogs`);
  }

  /**
   * Locates the `vm_backups` service at `backups` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backups | reference: vm_backups}
   * @since API 4.3
   */
  backupsService(): VmBackupsService {
    return new VmBackupsService(this.connection, `${this.path}/backups`);
  }

  /**
   * Locates the `vm_checkpoints` service at `checkpoints` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoints | reference: vm_checkpoints}
   * @since API 4.4
   */
  checkpointsService(): VmCheckpointsService {
    return new VmCheckpointsService(this.connection, `${this.path}/checkpoints`);
  }

  /**
   * Locates the `disk_attachments` service at `diskattachments` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachments | reference: disk_attachments}
   */
  diskAttachmentsService(): DiskAttachmentsService {
    return new DiskAttachmentsService(this.connection, `${this.path}/diskattachments`);
  }

  /**
   * Locates the `assigned_affinity_labels` service at `affinitylabels` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_labels | reference: assigned_affinity_labels}
   */
  affinityLabelsService(): AssignedAffinityLabelsService {
    return new AssignedAffinityLabelsService(this.connection, `${this.path}/affinitylabels`);
  }

  /**
   * Locates the `vm_mediated_devices` service at `mediateddevices` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_devices | reference: vm_mediated_devices}
   * @since API 4.5
   */
  mediatedDevicesService(): VmMediatedDevicesService {
    return new VmMediatedDevicesService(this.connection, `${this.path}/mediateddevices`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'statistics': return this.statisticsService().service(rest);
      case 'permissions': return this.permissionsService().service(rest);
      case 'tags': return this.tagsService().service(rest);
      case 'graphicsconsoles': return this.graphicsConsolesService().service(rest);
      case 'katelloerrata': return this.katelloErrataService().service(rest);
      case 'snapshots': return this.snapshotsService().service(rest);
      case 'applications': return this.applicationsService().service(rest);
      case 'cdroms': return this.cdromsService().service(rest);
      case 'hostdevices': return this.hostDevicesService().service(rest);
      case 'nics': return this.nicsService().service(rest);
      case 'numanodes': return this.numaNodesService().service(rest);
      case 'reporteddevices': return this.reportedDevicesService().service(rest);
      case 'sessions': return this.sessionsService().service(rest);
      case 'watchdogs': return this.watchdogsService().service(rest);
      case 'backups': return this.backupsService().service(rest);
      case 'checkpoints': return this.checkpointsService().service(rest);
      case 'diskattachments': return this.diskAttachmentsService().service(rest);
      case 'affinitylabels': return this.affinityLabelsService().service(rest);
      case 'mediateddevices': return this.mediatedDevicesService().service(rest);
    }
    return super.service(path);
  }
}
