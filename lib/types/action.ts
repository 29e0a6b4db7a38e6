// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { AuthorizedKey } from './authorized-key';
import type { AuthorizedKeyInit } from './authorized-key';
import type { AutoPinningPolicy } from './auto-pinning-policy';
import { Certificate } from './certificate';
import type { CertificateInit } from './certificate';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import type { ClusterUpgradeAction } from './cluster-upgrade-action';
import { DataCenter } from './data-center';
import type { DataCenterInit } from './data-center';
import { Disk } from './disk';
import type { DiskInit } from './disk';
import { DiskAttachment } from './disk-attachment';
import type { DiskAttachmentInit } from './disk-attachment';
import { DiskProfile } from './disk-profile';
import type { DiskProfileInit } from './disk-profile';
import { Fault } from './fault';
import type { FaultInit } from './fault';
import { GlusterBrick } from './gluster-brick';
import type { GlusterBrickInit } from './gluster-brick';
import { GlusterVolumeProfileDetails } from './gluster-volume-profile-details';
import type { GlusterVolumeProfileDetailsInit } from './gluster-volume-profile-details';
import { GracePeriod } from './grace-period';
import type { GracePeriodInit } from './grace-period';
import { Host } from './host';
import type { HostInit } from './host';
import { HostNic } from './host-nic';
import type { HostNicInit } from './host-nic';
import { HostNicVirtualFunctionsConfiguration } from './host-nic-virtual-functions-configuration';
import type { HostNicVirtualFunctionsConfigurationInit } from './host-nic-virtual-functions-configuration';
import { ImageTransfer } from './image-transfer';
import type { ImageTransferInit } from './image-transfer';
import { IscsiDetails } from './iscsi-details';
import type { IscsiDetailsInit } from './iscsi-details';
import { Job } from './job';
import type { JobInit } from './job';
import { LogicalUnit } from './logical-unit';
import type { LogicalUnitInit } from './logical-unit';
import { NetworkAttachment } from './network-attachment';
import type { NetworkAttachmentInit } from './network-attachment';
import { NetworkLabel } from './network-label';
import type { NetworkLabelInit } from './network-label';
import { Option } from './option';
import type { OptionInit } from './option';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { PowerManagement } from './power-management';
import type { PowerManagementInit } from './power-management';
import { ProxyTicket } from './proxy-ticket';
import type { ProxyTicketInit } from './proxy-ticket';
import { Quota } from './quota';
import type { QuotaInit } from './quota';
import { RegistrationConfiguration } from './registration-configuration';
import type { RegistrationConfigurationInit } from './registration-configuration';
import { Snapshot } from './snapshot';
import type { SnapshotInit } from './snapshot';
import { Ssh } from './ssh';
import type { SshInit } from './ssh';
import { StorageConnection } from './storage-connection';
import type { StorageConnectionInit } from './storage-connection';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';
import { StorageDomainLease } from './storage-domain-lease';
import type { StorageDomainLeaseInit } from './storage-domain-lease';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Ticket } from './ticket';
import type { TicketInit } from './ticket';
import { Vm } from './vm';
import type { VmInit } from './vm';
import { VnicProfileMapping } from './vnic-profile-mapping';
import type { VnicProfileMappingInit } from './vnic-profile-mapping';

/**
 * The `action` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action}
 */
export class Action extends Struct {
  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/status} */
  status?: string;

  /** The `fault` attribute (`<fault>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/fault} */
  fault?: Fault;

  /** The `grace_period` attribute (`<grace_period>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/grace_period} */
  gracePeriod?: GracePeriod;

  /** The `job` attribute (`<job>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/job} */
  job?: Job;

  /** The `activate` attribute (`<activate>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/activate} */
  activate?: boolean;

  /** The `allow_partial_import` attribute (`<allow_partial_import>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/allow_partial_import} */
  allowPartialImport?: boolean;

  /** The `async` attribute (`<async>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/async} */
  async?: boolean;

  /** The `attach_wgt` attribute (`<attach_wgt>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/attach_wgt} */
  attachWgt?: boolean;

  /** The `attachment` attribute (`<attachment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/attachment} */
  attachment?: DiskAttachment;

  /** The `authorized_key` attribute (`<authorized_key>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/authorized_key} */
  authorizedKey?: AuthorizedKey;

  /** The `auto_pinning_policy` attribute (`<auto_pinning_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/auto_pinning_policy} */
  autoPinningPolicy?: AutoPinningPolicy;

  /** The `bricks` attribute (`<bricks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/bricks} */
  bricks?: List<GlusterBrick>;

  /** The `certificates` attribute (`<certificates>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/certificates} */
  certificates?: List<Certificate>;

  /** The `check_connectivity` attribute (`<check_connectivity>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/check_connectivity} */
  checkConnectivity?: boolean;

  /** The `clone` attribute (`<clone>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/clone} */
  clone?: boolean;

  /** The `clone_permissions` attribute (`<clone_permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/clone_permissions} */
  clonePermissions?: boolean;

  /** The `cluster` attribute (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/cluster} */
  cluster?: Cluster;

  /** The `collapse_snapshots` attribute (`<collapse_snapshots>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/collapse_snapshots} */
  collapseSnapshots?: boolean;

  /** The `commit_on_success` attribute (`<commit_on_success>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/commit_on_success} */
  commitOnSuccess?: boolean;

  /** The `connection` attribute (`<connection>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/connection} */
  connection?: StorageConnection;

  /** The `connectivity_timeout` attribute (`<connectivity_timeout>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/connectivity_timeout} */
  connectivityTimeout?: number;

  /** The `correlation_id` attribute (`<correlation_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/correlation_id} */
  correlationId?: string;

  /** The `data_center` attribute (`<data_center>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/data_center} */
  dataCenter?: DataCenter;

  /** The `deploy_hosted_engine` attribute (`<deploy_hosted_engine>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/deploy_hosted_engine} */
  deployHostedEngine?: boolean;

  /** The `details` attribute (`<details>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/details} */
  details?: GlusterVolumeProfileDetails;

  /** The `directory` attribute (`<directory>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/directory} */
  directory?: string;

  /** The `discard_snapshots` attribute (`<discard_snapshots>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/discard_snapshots} */
  discardSnapshots?: boolean;

  /** The `discovered_targets` attribute (`<discovered_targets>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/discovered_targets} */
  discoveredTargets?: List<IscsiDetails>;

  /** The `disk` attribute (`<disk>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/disk} */
  disk?: Disk;

  /** The `disk_profile` attribute (`<disk_profile>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/disk_profile} */
  diskProfile?: DiskProfile;

  /** The `disks` attribute (`<disks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/disks} */
  disks?: List<Disk>;

  /** The `exclusive` attribute (`<exclusive>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/exclusive} */
  exclusive?: boolean;

  /** The `fence_type` attribute (`<fence_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/fence_type} */
  fenceType?: string;

  /** The `filename` attribute (`<filename>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/filename} */
  filename?: string;

  /** The `filter` attribute (`<filter>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/filter} */
  filter?: boolean;

  /** The `fix_layout` attribute (`<fix_layout>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/fix_layout} */
  fixLayout?: boolean;

  /** The `follow` attribute (`<follow>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/follow} */
  follow?: string;

  /** The `force` attribute (`<force>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/force} */
  force?: boolean;

  /** The `host` attribute (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/host} */
  host?: Host;

  /** The `image` attribute (`<image>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/image} */
  image?: string;

  /** The `image_transfer` attribute (`<image_transfer>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/image_transfer} */
  imageTransfer?: ImageTransfer;

  /** The `import_as_template` attribute (`<import_as_template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/import_as_template} */
  importAsTemplate?: boolean;

  /** The `is_attached` attribute (`<is_attached>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/is_attached} */
  isAttached?: boolean;

  /** The `iscsi` attribute (`<iscsi>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/iscsi} */
  iscsi?: IscsiDetails;

  /** The `iscsi_targets` attribute (`<iscsi_targets>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/iscsi_targets} */
  iscsiTargets?: List<string>;

  /** The `lease` attribute (`<lease>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/lease} */
  lease?: StorageDomainLease;

  /** The `logical_units` attribute (`<logical_units>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/logical_units} */
  logicalUnits?: List<LogicalUnit>;

  /** The `maintenance_after_restart` attribute (`<maintenance_after_restart>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/maintenance_after_restart} */
  maintenanceAfterRestart?: boolean;

  /** The `maintenance_enabled` attribute (`<maintenance_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/maintenance_enabled} */
  maintenanceEnabled?: boolean;

  /** The `migrate_vms_in_affinity_closure` attribute (`<migrate_vms_in_affinity_closure>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/migrate_vms_in_affinity_closure} */
  migrateVmsInAffinityClosure?: boolean;

  /** The `modified_bonds` attribute (`<modified_bonds>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/modified_bonds} */
  modifiedBonds?: List<HostNic>;

  /** The `modified_labels` attribute (`<modified_labels>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/modified_labels} */
  modifiedLabels?: List<NetworkLabel>;

  /** The `modified_network_attachments` attribute (`<modified_network_attachments>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/modified_network_attachments} */
  modifiedNetworkAttachments?: List<NetworkAttachment>;

  /** The `optimize_cpu_settings` attribute (`<optimize_cpu_settings>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/optimize_cpu_settings} */
  optimizeCpuSettings?: boolean;

  /** The `option` attribute (`<option>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/option} */
  option?: Option;

  /** The `pause` attribute (`<pause>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/pause} */
  pause?: boolean;

  /** The `permission` attribute (`<permission>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/permission} */
  permission?: Permission;

  /** The `power_management` attribute (`<power_management>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/power_management} */
  powerManagement?: PowerManagement;

  /** The `proxy_ticket` attribute (`<proxy_ticket>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/proxy_ticket} */
  proxyTicket?: ProxyTicket;

  /** The `quota` attribute (`<quota>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/quota} */
  quota?: Quota;

  /** The `reason` attribute (`<reason>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/reason} */
  reason?: string;

  /** The `reassign_bad_macs` attribute (`<reassign_bad_macs>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/reassign_bad_macs} */
  reassignBadMacs?: boolean;

  /** The `reboot` attribute (`<reboot>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/reboot} */
  reboot?: boolean;

  /** The `registration_configuration` attribute (`<registration_configuration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/registration_configuration} */
  registrationConfiguration?: RegistrationConfiguration;

  /** The `remote_viewer_connection_file` attribute (`<remote_viewer_connection_file>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/remote_viewer_connection_file} */
  remoteViewerConnectionFile?: string;

  /** The `removed_bonds` attribute (`<removed_bonds>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/removed_bonds} */
  removedBonds?: List<HostNic>;

  /** The `removed_labels` attribute (`<removed_labels>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/removed_labels} */
  removedLabels?: List<NetworkLabel>;

  /** The `removed_network_attachments` attribute (`<removed_network_attachments>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/removed_network_attachments} */
  removedNetworkAttachments?: List<NetworkAttachment>;

  /** The `resolution_type` attribute (`<resolution_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/resolution_type} */
  resolutionType?: string;

  /** The `restore_memory` attribute (`<restore_memory>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/restore_memory} */
  restoreMemory?: boolean;

  /** The `root_password` attribute (`<root_password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/root_password} */
  rootPassword?: string;

  /** The `seal` attribute (`<seal>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/seal} */
  seal?: boolean;

  /** The `snapshot` attribute (`<snapshot>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/snapshot} */
  snapshot?: Snapshot;

  /** The `source_host` attribute (`<source_host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/source_host} */
  sourceHost?: Host;

  /** The `ssh` attribute (`<ssh>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/ssh} */
  ssh?: Ssh;

  /** The `stop_gluster_service` attribute (`<stop_gluster_service>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/stop_gluster_service} */
  stopGlusterService?: boolean;

  /** The `storage_domain` attribute (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/storage_domain} */
  storageDomain?: StorageDomain;

  /** The `storage_domains` attribute (`<storage_domains>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/storage_domains} */
  storageDomains?: List<StorageDomain>;

  /** The `succeeded` attribute (`<succeeded>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/succeeded} */
  succeeded?: boolean;

  /** The `synchronized_network_attachments` attribute (`<synchronized_network_attachments>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/synchronized_network_attachments} */
  synchronizedNetworkAttachments?: List<NetworkAttachment>;

  /** The `template` attribute (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/template} */
  template?: Template;

  /** The `ticket` attribute (`<ticket>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/ticket} */
  ticket?: Ticket;

  /** The `timeout` attribute (`<timeout>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/timeout} */
  timeout?: number;

  /** The `undeploy_hosted_engine` attribute (`<undeploy_hosted_engine>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/undeploy_hosted_engine} */
  undeployHostedEngine?: boolean;

  /** The `upgrade_action` attribute (`<upgrade_action>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/upgrade_action} */
  upgradeAction?: ClusterUpgradeAction;

  /** The `upgrade_percent_complete` attribute (`<upgrade_percent_complete>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/upgrade_percent_complete} */
  upgradePercentComplete?: number;

  /** The `use_cloud_init` attribute (`<use_cloud_init>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/use_cloud_init} */
  useCloudInit?: boolean;

  /** The `use_ignition` attribute (`<use_ignition>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/use_ignition} */
  useIgnition?: boolean;

  /** The `use_initialization` attribute (`<use_initialization>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/use_initialization} */
  useInitialization?: boolean;

  /** The `use_sysprep` attribute (`<use_sysprep>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/use_sysprep} */
  useSysprep?: boolean;

  /** The `virtual_functions_configuration` attribute (`<virtual_functions_configuration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/virtual_functions_configuration} */
  virtualFunctionsConfiguration?: HostNicVirtualFunctionsConfiguration;

  /** The `vm` attribute (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/vm} */
  vm?: Vm;

  /** The `vnic_profile_mappings` attribute (`<vnic_profile_mappings>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/vnic_profile_mappings} */
  vnicProfileMappings?: List<VnicProfileMapping>;

  /** The `volatile` attribute (`<volatile>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/volatile} */
  volatile?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/action/attributes/comment} */
  comment?: string;

  /** Creates a `action`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ActionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `action` as the SDK accepts it: a {@link Action} or a plain object of the same shape, at any depth. */
export interface ActionInit {
  href?: string;
  status?: string;
  fault?: FaultInit;
  gracePeriod?: GracePeriodInit;
  job?: JobInit;
  activate?: boolean;
  allowPartialImport?: boolean;
  async?: boolean;
  attachWgt?: boolean;
  attachment?: DiskAttachmentInit;
  authorizedKey?: AuthorizedKeyInit;
  autoPinningPolicy?: AutoPinningPolicy;
  bricks?: GlusterBrickInit[];
  certificates?: CertificateInit[];
  checkConnectivity?: boolean;
  clone?: boolean;
  clonePermissions?: boolean;
  cluster?: ClusterInit;
  collapseSnapshots?: boolean;
  commitOnSuccess?: boolean;
  connection?: StorageConnectionInit;
  connectivityTimeout?: number;
  correlationId?: string;
  dataCenter?: DataCenterInit;
  deployHostedEngine?: boolean;
  details?: GlusterVolumeProfileDetailsInit;
  directory?: string;
  discardSnapshots?: boolean;
  discoveredTargets?: IscsiDetailsInit[];
  disk?: DiskInit;
  diskProfile?: DiskProfileInit;
  disks?: DiskInit[];
  exclusive?: boolean;
  fenceType?: string;
  filename?: string;
  filter?: boolean;
  fixLayout?: boolean;
  follow?: string;
  force?: boolean;
  host?: HostInit;
  image?: string;
  imageTransfer?: ImageTransferInit;
  importAsTemplate?: boolean;
  isAttached?: boolean;
  iscsi?: IscsiDetailsInit;
  iscsiTargets?: string[];
  lease?: StorageDomainLeaseInit;
  logicalUnits?: LogicalUnitInit[];
  maintenanceAfterRestart?: boolean;
  maintenanceEnabled?: boolean;
  migrateVmsInAffinityClosure?: boolean;
  modifiedBonds?: HostNicInit[];
  modifiedLabels?: NetworkLabelInit[];
  modifiedNetworkAttachments?: NetworkAttachmentInit[];
  optimizeCpuSettings?: boolean;
  option?: OptionInit;
  pause?: boolean;
  permission?: PermissionInit;
  powerManagement?: PowerManagementInit;
  proxyTicket?: ProxyTicketInit;
  quota?: QuotaInit;
  reason?: string;
  reassignBadMacs?: boolean;
  reboot?: boolean;
  registrationConfiguration?: RegistrationConfigurationInit;
  remoteViewerConnectionFile?: string;
  removedBonds?: HostNicInit[];
  removedLabels?: NetworkLabelInit[];
  removedNetworkAttachments?: NetworkAttachmentInit[];
  resolutionType?: string;
  restoreMemory?: boolean;
  rootPassword?: string;
  seal?: boolean;
  snapshot?: SnapshotInit;
  sourceHost?: HostInit;
  ssh?: SshInit;
  stopGlusterService?: boolean;
  storageDomain?: StorageDomainInit;
  storageDomains?: StorageDomainInit[];
  succeeded?: boolean;
  synchronizedNetworkAttachments?: NetworkAttachmentInit[];
  template?: TemplateInit;
  ticket?: TicketInit;
  timeout?: number;
  undeployHostedEngine?: boolean;
  upgradeAction?: ClusterUpgradeAction;
  upgradePercentComplete?: number;
  useCloudInit?: boolean;
  useIgnition?: boolean;
  useInitialization?: boolean;
  useSysprep?: boolean;
  virtualFunctionsConfiguration?: HostNicVirtualFunctionsConfigurationInit;
  vm?: VmInit;
  vnicProfileMappings?: VnicProfileMappingInit[];
  volatile?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Action, () => ({
  href: VALUE,
  status: VALUE,
  fault: Fault,
  gracePeriod: GracePeriod,
  job: Job,
  activate: VALUE,
  allowPartialImport: VALUE,
  async: VALUE,
  attachWgt: VALUE,
  attachment: DiskAttachment,
  authorizedKey: AuthorizedKey,
  autoPinningPolicy: VALUE,
  bricks: [GlusterBrick],
  certificates: [Certificate],
  checkConnectivity: VALUE,
  clone: VALUE,
  clonePermissions: VALUE,
  cluster: Cluster,
  collapseSnapshots: VALUE,
  commitOnSuccess: VALUE,
  connection: StorageConnection,
  connectivityTimeout: VALUE,
  correlationId: VALUE,
  dataCenter: DataCenter,
  deployHostedEngine: VALUE,
  details: GlusterVolumeProfileDetails,
  directory: VALUE,
  discardSnapshots: VALUE,
  discoveredTargets: [IscsiDetails],
  disk: Disk,
  diskProfile: DiskProfile,
  disks: [Disk],
  exclusive: VALUE,
  fenceType: VALUE,
  filename: VALUE,
  filter: VALUE,
  fixLayout: VALUE,
  follow: VALUE,
  force: VALUE,
  host: Host,
  image: VALUE,
  imageTransfer: ImageTransfer,
  importAsTemplate: VALUE,
  isAttached: VALUE,
  iscsi: IscsiDetails,
  iscsiTargets: [VALUE],
  lease: StorageDomainLease,
  logicalUnits: [LogicalUnit],
  maintenanceAfterRestart: VALUE,
  maintenanceEnabled: VALUE,
  migrateVmsInAffinityClosure: VALUE,
  modifiedBonds: [HostNic],
  modifiedLabels: [NetworkLabel],
  modifiedNetworkAttachments: [NetworkAttachment],
  optimizeCpuSettings: VALUE,
  option: Option,
  pause: VALUE,
  permission: Permission,
  powerManagement: PowerManagement,
  proxyTicket: ProxyTicket,
  quota: Quota,
  reason: VALUE,
  reassignBadMacs: VALUE,
  reboot: VALUE,
  registrationConfiguration: RegistrationConfiguration,
  remoteViewerConnectionFile: VALUE,
  removedBonds: [HostNic],
  removedLabels: [NetworkLabel],
  removedNetworkAttachments: [NetworkAttachment],
  resolutionType: VALUE,
  restoreMemory: VALUE,
  rootPassword: VALUE,
  seal: VALUE,
  snapshot: Snapshot,
  sourceHost: Host,
  ssh: Ssh,
  stopGlusterService: VALUE,
  storageDomain: StorageDomain,
  storageDomains: [StorageDomain],
  succeeded: VALUE,
  synchronizedNetworkAttachments: [NetworkAttachment],
  template: Template,
  ticket: Ticket,
  timeout: VALUE,
  undeployHostedEngine: VALUE,
  upgradeAction: VALUE,
  upgradePercentComplete: VALUE,
  useCloudInit: VALUE,
  useIgnition: VALUE,
  useInitialization: VALUE,
  useSysprep: VALUE,
  virtualFunctionsConfiguration: HostNicVirtualFunctionsConfiguration,
  vm: Vm,
  vnicProfileMappings: [VnicProfileMapping],
  volatile: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
