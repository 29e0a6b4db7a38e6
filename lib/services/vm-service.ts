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

/** Options of {@link VmService.cancelMigration}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceCancelMigrationOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/cancel_migration/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.commitSnapshot}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceCommitSnapshotOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/commit_snapshot/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.clone}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceCloneOptions extends RequestOptions {
  /** The `vm` parameter (`<vm>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/clone/parameters/vm} */
  vm?: t.VmInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/clone/parameters/async} */
  async?: boolean;
  /**
   * The `discard_snapshots` parameter (`<discard_snapshots>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/clone/parameters/discard_snapshots}
   * @since API 4.4
   */
  discardSnapshots?: boolean;
  /**
   * The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/clone/parameters/storage_domain}
   * @since API 4.4
   */
  storageDomain?: t.StorageDomainInit;
}

/** Options of {@link VmService.detach}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceDetachOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/detach/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.exportToExportDomain}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceExportToExportDomainOptions extends RequestOptions {
  /** The `discard_snapshots` parameter (`<discard_snapshots>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_export_domain/parameters/discard_snapshots} */
  discardSnapshots?: boolean;
  /** The `exclusive` parameter (`<exclusive>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_export_domain/parameters/exclusive} */
  exclusive?: boolean;
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_export_domain/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_export_domain/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.exportToPathOnHost}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceExportToPathOnHostOptions extends RequestOptions {
  /**
   * The `host` parameter (`<host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_path_on_host/parameters/host}
   * @since API 4.2
   */
  host?: t.HostInit;
  /**
   * The `directory` parameter (`<directory>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_path_on_host/parameters/directory}
   * @since API 4.2
   */
  directory?: string;
  /**
   * The `filename` parameter (`<filename>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_path_on_host/parameters/filename}
   * @since API 4.2
   */
  filename?: string;
  /** The `discard_snapshots` parameter (`<discard_snapshots>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_path_on_host/parameters/discard_snapshots} */
  discardSnapshots?: boolean;
  /** The `exclusive` parameter (`<exclusive>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_path_on_host/parameters/exclusive} */
  exclusive?: boolean;
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_path_on_host/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_path_on_host/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.export}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceExportOptions extends RequestOptions {
  /** The `discard_snapshots` parameter (`<discard_snapshots>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export/parameters/discard_snapshots} */
  discardSnapshots?: boolean;
  /** The `exclusive` parameter (`<exclusive>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export/parameters/exclusive} */
  exclusive?: boolean;
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.freezeFilesystems}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceFreezeFilesystemsOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/freeze_filesystems/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceGetOptions extends RequestOptions {
  /** The `next_run` parameter (query parameter `next_run`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/get/parameters/next_run} */
  nextRun?: boolean;
  /**
   * The `all_content` parameter (query parameter `all_content`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/get/parameters/all_content}
   * @since API 4.0.6
   */
  allContent?: boolean;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/get/parameters/filter} */
  filter?: boolean;
  /**
   * The `ovf_as_ova` parameter (query parameter `ovf_as_ova`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/get/parameters/ovf_as_ova}
   * @since API 4.4.3
   */
  ovfAsOva?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link VmService.logon}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceLogonOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/logon/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.maintenance}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceMaintenanceOptions extends RequestOptions {
  /** The `maintenance_enabled` parameter (`<maintenance_enabled>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/maintenance/parameters/maintenance_enabled} */
  maintenanceEnabled?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/maintenance/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.migrate}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceMigrateOptions extends RequestOptions {
  /** The `cluster` parameter (`<cluster>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/migrate/parameters/cluster} */
  cluster?: t.ClusterInit;
  /** The `force` parameter (`<force>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/migrate/parameters/force} */
  force?: boolean;
  /** The `host` parameter (`<host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/migrate/parameters/host} */
  host?: t.HostInit;
  /** The `migrate_vms_in_affinity_closure` parameter (`<migrate_vms_in_affinity_closure>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/migrate/parameters/migrate_vms_in_affinity_closure} */
  migrateVmsInAffinityClosure?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/migrate/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.previewSnapshot}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServicePreviewSnapshotOptions extends RequestOptions {
  /** The `disks` parameter (`<disks>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/preview_snapshot/parameters/disks} */
  disks?: t.DiskInit[];
  /** The `restore_memory` parameter (`<restore_memory>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/preview_snapshot/parameters/restore_memory} */
  restoreMemory?: boolean;
  /**
   * The `lease` parameter (`<lease>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/preview_snapshot/parameters/lease}
   * @since API 4.2.2
   */
  lease?: t.StorageDomainLeaseInit;
  /** The `snapshot` parameter (`<snapshot>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/preview_snapshot/parameters/snapshot} */
  snapshot?: t.SnapshotInit;
  /** The `vm` parameter (`<vm>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/preview_snapshot/parameters/vm} */
  vm?: t.VmInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/preview_snapshot/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.autoPinCpuAndNumaNodes}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceAutoPinCpuAndNumaNodesOptions extends RequestOptions {
  /**
   * The `optimize_cpu_settings` parameter (`<optimize_cpu_settings>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/auto_pin_cpu_and_numa_nodes/parameters/optimize_cpu_settings}
   * @since API 4.4.5
   */
  optimizeCpuSettings?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/auto_pin_cpu_and_numa_nodes/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceUpdateOptions extends RequestOptions {
  /** The `next_run` parameter (query parameter `next_run`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/update/parameters/next_run} */
  nextRun?: boolean;
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.reboot}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceRebootOptions extends RequestOptions {
  /** The `force` parameter (`<force>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/reboot/parameters/force} */
  force?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/reboot/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/remove/parameters/async} */
  async?: boolean;
  /** The `detach_only` parameter (query parameter `detach_only`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/remove/parameters/detach_only} */
  detachOnly?: boolean;
  /** The `force` parameter (query parameter `force`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/remove/parameters/force} */
  force?: boolean;
}

/** Options of {@link VmService.reset}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceResetOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/reset/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.reorderMacAddresses}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceReorderMacAddressesOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/reorder_mac_addresses/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.shutdown}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceShutdownOptions extends RequestOptions {
  /** The `force` parameter (`<force>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/shutdown/parameters/force} */
  force?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/shutdown/parameters/async} */
  async?: boolean;
  /**
   * The `reason` parameter (`<reason>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/shutdown/parameters/reason}
   * @since API 4.4
   */
  reason?: string;
}

/** Options of {@link VmService.start}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceStartOptions extends RequestOptions {
  /** The `authorized_key` parameter (`<authorized_key>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/start/parameters/authorized_key} */
  authorizedKey?: t.AuthorizedKeyInit;
  /** The `pause` parameter (`<pause>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/start/parameters/pause} */
  pause?: boolean;
  /** The `vm` parameter (`<vm>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/start/parameters/vm} */
  vm?: t.VmInit;
  /** The `use_cloud_init` parameter (`<use_cloud_init>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/start/parameters/use_cloud_init} */
  useCloudInit?: boolean;
  /** The `use_sysprep` parameter (`<use_sysprep>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/start/parameters/use_sysprep} */
  useSysprep?: boolean;
  /**
   * The `use_ignition` parameter (`<use_ignition>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/start/parameters/use_ignition}
   * @since API 4.4.0
   */
  useIgnition?: boolean;
  /**
   * The `use_initialization` parameter (`<use_initialization>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/start/parameters/use_initialization}
   * @since API 4.4.0
   */
  useInitialization?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/start/parameters/async} */
  async?: boolean;
  /** The `filter` parameter (`<filter>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/start/parameters/filter} */
  filter?: boolean;
  /**
   * The `volatile` parameter (`<volatile>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/start/parameters/volatile}
   * @since API 4.2.0
   */
  volatile?: boolean;
  /**
   * The `attach_wgt` parameter (`<attach_wgt>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/start/parameters/attach_wgt}
   * @since API 4.6.1
   */
  attachWgt?: boolean;
}

/** Options of {@link VmService.stop}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceStopOptions extends RequestOptions {
  /** The `force` parameter (`<force>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/stop/parameters/force} */
  force?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/stop/parameters/async} */
  async?: boolean;
  /**
   * The `reason` parameter (`<reason>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/stop/parameters/reason}
   * @since API 4.4
   */
  reason?: string;
}

/** Options of {@link VmService.suspend}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceSuspendOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/suspend/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.thawFilesystems}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceThawFilesystemsOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/thaw_filesystems/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.ticket}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceTicketOptions extends RequestOptions {
  /** The `ticket` parameter (`<ticket>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/ticket/parameters/ticket} */
  ticket?: t.TicketInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/ticket/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmService.undoSnapshot}: the method's parameters, plus extra `query` and `headers`. */
export interface VmServiceUndoSnapshotOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/undo_snapshot/parameters/async} */
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
 * The `vm` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm}
 */
export class VmService extends Service {
  /**
   * The `cancel_migration` action: `POST` of an `<action>` to `.../cancelmigration`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/cancel_migration}
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
   * The `commit_snapshot` action: `POST` of an `<action>` to `.../commitsnapshot`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/commit_snapshot}
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
   * The `clone` action: `POST` of an `<action>` to `.../clone`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/clone}
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
   * The `detach` action: `POST` of an `<action>` to `.../detach`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/detach}
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
   * The `export_to_export_domain` action: `POST` of an `<action>` to `.../export`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_export_domain}
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
   * The `export_to_path_on_host` action: `POST` of an `<action>` to `.../export`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export_to_path_on_host}
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
   * The `export` action: `POST` of an `<action>` to `.../export`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/export}
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
   * The `freeze_filesystems` action: `POST` of an `<action>` to `.../freezefilesystems`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/freeze_filesystems}
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
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/get}
   * @returns The `vm` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/get/parameters/vm}
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
   * The `logon` action: `POST` of an `<action>` to `.../logon`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/logon}
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
   * The `maintenance` action: `POST` of an `<action>` to `.../maintenance`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/maintenance}
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
   * The `migrate` action: `POST` of an `<action>` to `.../migrate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/migrate}
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
   * The `preview_snapshot` action: `POST` of an `<action>` to `.../previewsnapshot`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/preview_snapshot}
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
   * The `auto_pin_cpu_and_numa_nodes` action: `POST` of an `<action>` to `.../autopincpuandnumanodes`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/auto_pin_cpu_and_numa_nodes}
   * @since API 4.4.5
   * @deprecated The model marks it deprecated.
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
   * Updates the object: `PUT` of `<vm>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/update}
   * @param vm The `vm` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/update/parameters/vm}
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
   * The `reboot` action: `POST` of an `<action>` to `.../reboot`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/reboot}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/remove}
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
   * The `reset` action: `POST` of an `<action>` to `.../reset`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/reset}
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
   * The `reorder_mac_addresses` action: `POST` of an `<action>` to `.../reordermacaddresses`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/reorder_mac_addresses}
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
   * The `shutdown` action: `POST` of an `<action>` to `.../shutdown`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/shutdown}
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
   * The `start` action: `POST` of an `<action>` to `.../start`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/start}
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
   * The `stop` action: `POST` of an `<action>` to `.../stop`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/stop}
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
   * The `suspend` action: `POST` of an `<action>` to `.../suspend`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/suspend}
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
   * The `thaw_filesystems` action: `POST` of an `<action>` to `.../thawfilesystems`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/thaw_filesystems}
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
   * The `ticket` action: `POST` of an `<action>` to `.../ticket`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/ticket}
   * @returns The `ticket` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/ticket/parameters/ticket}
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
   * The `undo_snapshot` action: `POST` of an `<action>` to `.../undosnapshot`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/undo_snapshot}
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
   * The `screenshot` action: `POST` of an `<action>` to `.../screenshot`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm/methods/screenshot}
   */
  screenshot(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(SCREENSHOT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('screenshot', {}, undefined, opts) as Promise<void>;
  }

  /** Locates the `statistics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/statistics}); sends no request. */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request. */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /** Locates the `tags` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tags}); sends no request. */
  tagsService(): AssignedTagsService {
    return new AssignedTagsService(this.connection, `${this.path}/tags`);
  }

  /** Locates the `graphics_consoles` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_graphics_consoles}); sends no request. */
  graphicsConsolesService(): VmGraphicsConsolesService {
    return new VmGraphicsConsolesService(this.connection, `${this.path}/graphicsconsoles`);
  }

  /** Locates the `katello_errata` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/katello_errata}); sends no request. */
  katelloErrataService(): KatelloErrataService {
    return new KatelloErrataService(this.connection, `${this.path}/katelloerrata`);
  }

  /** Locates the `snapshots` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshots}); sends no request. */
  snapshotsService(): SnapshotsService {
    return new SnapshotsService(this.connection, `${this.path}/snapshots`);
  }

  /** Locates the `applications` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_applications}); sends no request. */
  applicationsService(): VmApplicationsService {
    return new VmApplicationsService(this.connection, `${this.path}/applications`);
  }

  /** Locates the `cdroms` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_cdroms}); sends no request. */
  cdromsService(): VmCdromsService {
    return new VmCdromsService(this.connection, `${this.path}/cdroms`);
  }

  /** Locates the `host_devices` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_host_devices}); sends no request. */
  hostDevicesService(): VmHostDevicesService {
    return new VmHostDevicesService(this.connection, `${this.path}/hostdevices`);
  }

  /** Locates the `nics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nics}); sends no request. */
  nicsService(): VmNicsService {
    return new VmNicsService(this.connection, `${this.path}/nics`);
  }

  /** Locates the `numa_nodes` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_nodes}); sends no request. */
  numaNodesService(): VmNumaNodesService {
    return new VmNumaNodesService(this.connection, `${this.path}/numanodes`);
  }

  /** Locates the `reported_devices` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_reported_devices}); sends no request. */
  reportedDevicesService(): VmReportedDevicesService {
    return new VmReportedDevicesService(this.connection, `${this.path}/reporteddevices`);
  }

  /** Locates the `sessions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_sessions}); sends no request. */
  sessionsService(): VmSessionsService {
    return new VmSessionsService(this.connection, `${this.path}/sessions`);
  }

  /** Locates the `watchdogs` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_watchdogs}); sends no request. */
  watchdogsService(): VmWatchdogsService {
    return new VmWatchdogsService(this.connection, `${this.path}/watchdogs`);
  }

  /**
   * Locates the `backups` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backups}); sends no request.
   * @since API 4.3
   */
  backupsService(): VmBackupsService {
    return new VmBackupsService(this.connection, `${this.path}/backups`);
  }

  /**
   * Locates the `checkpoints` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_checkpoints}); sends no request.
   * @since API 4.4
   */
  checkpointsService(): VmCheckpointsService {
    return new VmCheckpointsService(this.connection, `${this.path}/checkpoints`);
  }

  /** Locates the `disk_attachments` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachments}); sends no request. */
  diskAttachmentsService(): DiskAttachmentsService {
    return new DiskAttachmentsService(this.connection, `${this.path}/diskattachments`);
  }

  /** Locates the `affinity_labels` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_affinity_labels}); sends no request. */
  affinityLabelsService(): AssignedAffinityLabelsService {
    return new AssignedAffinityLabelsService(this.connection, `${this.path}/affinitylabels`);
  }

  /**
   * Locates the `mediated_devices` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_mediated_devices}); sends no request.
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
