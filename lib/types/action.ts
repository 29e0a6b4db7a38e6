// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `action` type of the API, on the wire `<action>`; 98 attributes and 0 links.
 *
 * Create one with `new Action({ ... })`, or pass a plain {@link ActionInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action}
 */
export class Action extends Struct {
  /**
   * `string`. On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `status` attribute)
   */
  status?: string;

  /**
   * `Fault`. On the wire: element `<fault>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `fault` attribute)
   */
  fault?: Fault;

  /**
   * `GracePeriod`. On the wire: element `<grace_period>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `grace_period` attribute)
   */
  gracePeriod?: GracePeriod;

  /**
   * `Job`. On the wire: element `<job>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `job` attribute)
   */
  job?: Job;

  /**
   * `boolean`. On the wire: element `<activate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `activate` attribute)
   */
  activate?: boolean;

  /**
   * `boolean`. On the wire: element `<allow_partial_import>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `allow_partial_import` attribute)
   */
  allowPartialImport?: boolean;

  /**
   * `boolean`. On the wire: element `<async>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `async` attribute)
   */
  async?: boolean;

  /**
   * `boolean`. On the wire: element `<attach_wgt>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `attach_wgt` attribute)
   */
  attachWgt?: boolean;

  /**
   * `DiskAttachment`. On the wire: element `<attachment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `attachment` attribute)
   */
  attachment?: DiskAttachment;

  /**
   * `AuthorizedKey`. On the wire: element `<authorized_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `authorized_key` attribute)
   */
  authorizedKey?: AuthorizedKey;

  /**
   * `AutoPinningPolicy` (`disabled`, `existing`, `adjust`; or another string, from a newer engine). On the wire: element `<auto_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `auto_pinning_policy` attribute)
   */
  autoPinningPolicy?: AutoPinningPolicy | (string & {});

  /**
   * A list of `GlusterBrick`. On the wire: element `<bricks>` with one `<brick>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `bricks` attribute)
   */
  bricks?: List<GlusterBrick>;

  /**
   * A list of `Certificate`. On the wire: element `<certificates>` with one `<certificate>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `certificates` attribute)
   */
  certificates?: List<Certificate>;

  /**
   * `boolean`. On the wire: element `<check_connectivity>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `check_connectivity` attribute)
   */
  checkConnectivity?: boolean;

  /**
   * `boolean`. On the wire: element `<clone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `clone` attribute)
   */
  clone?: boolean;

  /**
   * `boolean`. On the wire: element `<clone_permissions>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `clone_permissions` attribute)
   */
  clonePermissions?: boolean;

  /**
   * `Cluster`. On the wire: element `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `cluster` attribute)
   */
  cluster?: Cluster;

  /**
   * `boolean`. On the wire: element `<collapse_snapshots>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `collapse_snapshots` attribute)
   */
  collapseSnapshots?: boolean;

  /**
   * `boolean`. On the wire: element `<commit_on_success>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `commit_on_success` attribute)
   */
  commitOnSuccess?: boolean;

  /**
   * `StorageConnection`. On the wire: element `<connection>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `connection` attribute)
   */
  connection?: StorageConnection;

  /**
   * `number` (an integer). On the wire: element `<connectivity_timeout>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `connectivity_timeout` attribute)
   */
  connectivityTimeout?: number;

  /**
   * `string`. On the wire: element `<correlation_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `correlation_id` attribute)
   */
  correlationId?: string;

  /**
   * `DataCenter`. On the wire: element `<data_center>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `data_center` attribute)
   */
  dataCenter?: DataCenter;

  /**
   * `boolean`. On the wire: element `<deploy_hosted_engine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `deploy_hosted_engine` attribute)
   */
  deployHostedEngine?: boolean;

  /**
   * `GlusterVolumeProfileDetails`. On the wire: element `<details>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `details` attribute)
   */
  details?: GlusterVolumeProfileDetails;

  /**
   * `string`. On the wire: element `<directory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `directory` attribute)
   */
  directory?: string;

  /**
   * `boolean`. On the wire: element `<discard_snapshots>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `discard_snapshots` attribute)
   */
  discardSnapshots?: boolean;

  /**
   * A list of `IscsiDetails`. On the wire: element `<discovered_targets>` with one `<iscsi_details>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `discovered_targets` attribute)
   */
  discoveredTargets?: List<IscsiDetails>;

  /**
   * `Disk`. On the wire: element `<disk>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `disk` attribute)
   */
  disk?: Disk;

  /**
   * `DiskProfile`. On the wire: element `<disk_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `disk_profile` attribute)
   */
  diskProfile?: DiskProfile;

  /**
   * A list of `Disk`. On the wire: element `<disks>` with one `<disk>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `disks` attribute)
   */
  disks?: List<Disk>;

  /**
   * `boolean`. On the wire: element `<exclusive>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `exclusive` attribute)
   */
  exclusive?: boolean;

  /**
   * `string`. On the wire: element `<fence_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `fence_type` attribute)
   */
  fenceType?: string;

  /**
   * `string`. On the wire: element `<filename>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `filename` attribute)
   */
  filename?: string;

  /**
   * `boolean`. On the wire: element `<filter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `filter` attribute)
   */
  filter?: boolean;

  /**
   * `boolean`. On the wire: element `<fix_layout>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `fix_layout` attribute)
   */
  fixLayout?: boolean;

  /**
   * `string`. On the wire: element `<follow>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `follow` attribute)
   */
  follow?: string;

  /**
   * `boolean`. On the wire: element `<force>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `force` attribute)
   */
  force?: boolean;

  /**
   * `Host`. On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `host` attribute)
   */
  host?: Host;

  /**
   * `string`. On the wire: element `<image>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `image` attribute)
   */
  image?: string;

  /**
   * `ImageTransfer`. On the wire: element `<image_transfer>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `image_transfer` attribute)
   */
  imageTransfer?: ImageTransfer;

  /**
   * `boolean`. On the wire: element `<import_as_template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `import_as_template` attribute)
   */
  importAsTemplate?: boolean;

  /**
   * `boolean`. On the wire: element `<is_attached>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `is_attached` attribute)
   */
  isAttached?: boolean;

  /**
   * `IscsiDetails`. On the wire: element `<iscsi>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `iscsi` attribute)
   */
  iscsi?: IscsiDetails;

  /**
   * A list of `string`. On the wire: element `<iscsi_targets>` with one `<iscsi_target>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `iscsi_targets` attribute)
   */
  iscsiTargets?: List<string>;

  /**
   * `StorageDomainLease`. On the wire: element `<lease>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `lease` attribute)
   */
  lease?: StorageDomainLease;

  /**
   * A list of `LogicalUnit`. On the wire: element `<logical_units>` with one `<logical_unit>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `logical_units` attribute)
   */
  logicalUnits?: List<LogicalUnit>;

  /**
   * `boolean`. On the wire: element `<maintenance_after_restart>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `maintenance_after_restart` attribute)
   */
  maintenanceAfterRestart?: boolean;

  /**
   * `boolean`. On the wire: element `<maintenance_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `maintenance_enabled` attribute)
   */
  maintenanceEnabled?: boolean;

  /**
   * `boolean`. On the wire: element `<migrate_vms_in_affinity_closure>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `migrate_vms_in_affinity_closure` attribute)
   */
  migrateVmsInAffinityClosure?: boolean;

  /**
   * A list of `HostNic`. On the wire: element `<modified_bonds>` with one `<host_nic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `modified_bonds` attribute)
   */
  modifiedBonds?: List<HostNic>;

  /**
   * A list of `NetworkLabel`. On the wire: element `<modified_labels>` with one `<network_label>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `modified_labels` attribute)
   */
  modifiedLabels?: List<NetworkLabel>;

  /**
   * A list of `NetworkAttachment`. On the wire: element `<modified_network_attachments>` with one `<network_attachment>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `modified_network_attachments` attribute)
   */
  modifiedNetworkAttachments?: List<NetworkAttachment>;

  /**
   * `boolean`. On the wire: element `<optimize_cpu_settings>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `optimize_cpu_settings` attribute)
   */
  optimizeCpuSettings?: boolean;

  /**
   * `Option`. On the wire: element `<option>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `option` attribute)
   */
  option?: Option;

  /**
   * `boolean`. On the wire: element `<pause>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `pause` attribute)
   */
  pause?: boolean;

  /**
   * `Permission`. On the wire: element `<permission>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `permission` attribute)
   */
  permission?: Permission;

  /**
   * `PowerManagement`. On the wire: element `<power_management>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `power_management` attribute)
   */
  powerManagement?: PowerManagement;

  /**
   * `ProxyTicket`. On the wire: element `<proxy_ticket>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `proxy_ticket` attribute)
   */
  proxyTicket?: ProxyTicket;

  /**
   * `Quota`. On the wire: element `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `quota` attribute)
   */
  quota?: Quota;

  /**
   * `string`. On the wire: element `<reason>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `reason` attribute)
   */
  reason?: string;

  /**
   * `boolean`. On the wire: element `<reassign_bad_macs>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `reassign_bad_macs` attribute)
   */
  reassignBadMacs?: boolean;

  /**
   * `boolean`. On the wire: element `<reboot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `reboot` attribute)
   */
  reboot?: boolean;

  /**
   * `RegistrationConfiguration`. On the wire: element `<registration_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `registration_configuration` attribute)
   */
  registrationConfiguration?: RegistrationConfiguration;

  /**
   * `string`. On the wire: element `<remote_viewer_connection_file>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `remote_viewer_connection_file` attribute)
   */
  remoteViewerConnectionFile?: string;

  /**
   * A list of `HostNic`. On the wire: element `<removed_bonds>` with one `<host_nic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `removed_bonds` attribute)
   */
  removedBonds?: List<HostNic>;

  /**
   * A list of `NetworkLabel`. On the wire: element `<removed_labels>` with one `<network_label>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `removed_labels` attribute)
   */
  removedLabels?: List<NetworkLabel>;

  /**
   * A list of `NetworkAttachment`. On the wire: element `<removed_network_attachments>` with one `<network_attachment>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `removed_network_attachments` attribute)
   */
  removedNetworkAttachments?: List<NetworkAttachment>;

  /**
   * `string`. On the wire: element `<resolution_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `resolution_type` attribute)
   */
  resolutionType?: string;

  /**
   * `boolean`. On the wire: element `<restore_memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `restore_memory` attribute)
   */
  restoreMemory?: boolean;

  /**
   * `string`. On the wire: element `<root_password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `root_password` attribute)
   */
  rootPassword?: string;

  /**
   * `boolean`. On the wire: element `<seal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `seal` attribute)
   */
  seal?: boolean;

  /**
   * `Snapshot`. On the wire: element `<snapshot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `snapshot` attribute)
   */
  snapshot?: Snapshot;

  /**
   * `Host`. On the wire: element `<source_host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `source_host` attribute)
   */
  sourceHost?: Host;

  /**
   * `Ssh`. On the wire: element `<ssh>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `ssh` attribute)
   */
  ssh?: Ssh;

  /**
   * `boolean`. On the wire: element `<stop_gluster_service>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `stop_gluster_service` attribute)
   */
  stopGlusterService?: boolean;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `storage_domain` attribute)
   */
  storageDomain?: StorageDomain;

  /**
   * A list of `StorageDomain`. On the wire: element `<storage_domains>` with one `<storage_domain>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `storage_domains` attribute)
   */
  storageDomains?: List<StorageDomain>;

  /**
   * `boolean`. On the wire: element `<succeeded>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `succeeded` attribute)
   */
  succeeded?: boolean;

  /**
   * A list of `NetworkAttachment`. On the wire: element `<synchronized_network_attachments>` with one `<network_attachment>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `synchronized_network_attachments` attribute)
   */
  synchronizedNetworkAttachments?: List<NetworkAttachment>;

  /**
   * `Template`. On the wire: element `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `template` attribute)
   */
  template?: Template;

  /**
   * `Ticket`. On the wire: element `<ticket>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `ticket` attribute)
   */
  ticket?: Ticket;

  /**
   * `number` (an integer). On the wire: element `<timeout>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `timeout` attribute)
   */
  timeout?: number;

  /**
   * `boolean`. On the wire: element `<undeploy_hosted_engine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `undeploy_hosted_engine` attribute)
   */
  undeployHostedEngine?: boolean;

  /**
   * `ClusterUpgradeAction` (`start`, `update_progress`, `finish`; or another string, from a newer engine). On the wire: element `<upgrade_action>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `upgrade_action` attribute)
   */
  upgradeAction?: ClusterUpgradeAction | (string & {});

  /**
   * `number` (an integer). On the wire: element `<upgrade_percent_complete>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `upgrade_percent_complete` attribute)
   */
  upgradePercentComplete?: number;

  /**
   * `boolean`. On the wire: element `<use_cloud_init>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `use_cloud_init` attribute)
   */
  useCloudInit?: boolean;

  /**
   * `boolean`. On the wire: element `<use_ignition>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `use_ignition` attribute)
   */
  useIgnition?: boolean;

  /**
   * `boolean`. On the wire: element `<use_initialization>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `use_initialization` attribute)
   */
  useInitialization?: boolean;

  /**
   * `boolean`. On the wire: element `<use_sysprep>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `use_sysprep` attribute)
   */
  useSysprep?: boolean;

  /**
   * `HostNicVirtualFunctionsConfiguration`. On the wire: element `<virtual_functions_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `virtual_functions_configuration` attribute)
   */
  virtualFunctionsConfiguration?: HostNicVirtualFunctionsConfiguration;

  /**
   * `Vm`. On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `vm` attribute)
   */
  vm?: Vm;

  /**
   * A list of `VnicProfileMapping`. On the wire: element `<vnic_profile_mappings>` with one `<vnic_profile_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `vnic_profile_mappings` attribute)
   */
  vnicProfileMappings?: List<VnicProfileMapping>;

  /**
   * `boolean`. On the wire: element `<volatile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `volatile` attribute)
   */
  volatile?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<action>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `action` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ActionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.status = undefined;
      this.fault = undefined;
      this.gracePeriod = undefined;
      this.job = undefined;
      this.activate = undefined;
      this.allowPartialImport = undefined;
      this.async = undefined;
      this.attachWgt = undefined;
      this.attachment = undefined;
      this.authorizedKey = undefined;
      this.autoPinningPolicy = undefined;
      this.bricks = undefined;
      this.certificates = undefined;
      this.checkConnectivity = undefined;
      this.clone = undefined;
      this.clonePermissions = undefined;
      this.cluster = undefined;
      this.collapseSnapshots = undefined;
      this.commitOnSuccess = undefined;
      this.connection = undefined;
      this.connectivityTimeout = undefined;
      this.correlationId = undefined;
      this.dataCenter = undefined;
      this.deployHostedEngine = undefined;
      this.details = undefined;
      this.directory = undefined;
      this.discardSnapshots = undefined;
      this.discoveredTargets = undefined;
      this.disk = undefined;
      this.diskProfile = undefined;
      this.disks = undefined;
      this.exclusive = undefined;
      this.fenceType = undefined;
      this.filename = undefined;
      this.filter = undefined;
      this.fixLayout = undefined;
      this.follow = undefined;
      this.force = undefined;
      this.host = undefined;
      this.image = undefined;
      this.imageTransfer = undefined;
      this.importAsTemplate = undefined;
      this.isAttached = undefined;
      this.iscsi = undefined;
      this.iscsiTargets = undefined;
      this.lease = undefined;
      this.logicalUnits = undefined;
      this.maintenanceAfterRestart = undefined;
      this.maintenanceEnabled = undefined;
      this.migrateVmsInAffinityClosure = undefined;
      this.modifiedBonds = undefined;
      this.modifiedLabels = undefined;
      this.modifiedNetworkAttachments = undefined;
      this.optimizeCpuSettings = undefined;
      this.option = undefined;
      this.pause = undefined;
      this.permission = undefined;
      this.powerManagement = undefined;
      this.proxyTicket = undefined;
      this.quota = undefined;
      this.reason = undefined;
      this.reassignBadMacs = undefined;
      this.reboot = undefined;
      this.registrationConfiguration = undefined;
      this.remoteViewerConnectionFile = undefined;
      this.removedBonds = undefined;
      this.removedLabels = undefined;
      this.removedNetworkAttachments = undefined;
      this.resolutionType = undefined;
      this.restoreMemory = undefined;
      this.rootPassword = undefined;
      this.seal = undefined;
      this.snapshot = undefined;
      this.sourceHost = undefined;
      this.ssh = undefined;
      this.stopGlusterService = undefined;
      this.storageDomain = undefined;
      this.storageDomains = undefined;
      this.succeeded = undefined;
      this.synchronizedNetworkAttachments = undefined;
      this.template = undefined;
      this.ticket = undefined;
      this.timeout = undefined;
      this.undeployHostedEngine = undefined;
      this.upgradeAction = undefined;
      this.upgradePercentComplete = undefined;
      this.useCloudInit = undefined;
      this.useIgnition = undefined;
      this.useInitialization = undefined;
      this.useSysprep = undefined;
      this.virtualFunctionsConfiguration = undefined;
      this.vm = undefined;
      this.vnicProfileMappings = undefined;
      this.volatile = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `action` as the SDK accepts it: a {@link Action} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action}
 */
export interface ActionInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<action>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `status` attribute)
   */
  status?: string;
  /**
   * `FaultInit` (a `Fault` or a plain object). On the wire: element `<fault>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `fault` attribute)
   */
  fault?: FaultInit;
  /**
   * `GracePeriodInit` (a `GracePeriod` or a plain object). On the wire: element `<grace_period>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `grace_period` attribute)
   */
  gracePeriod?: GracePeriodInit;
  /**
   * `JobInit` (a `Job` or a plain object). On the wire: element `<job>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `job` attribute)
   */
  job?: JobInit;
  /**
   * `boolean`. On the wire: element `<activate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `activate` attribute)
   */
  activate?: boolean;
  /**
   * `boolean`. On the wire: element `<allow_partial_import>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `allow_partial_import` attribute)
   */
  allowPartialImport?: boolean;
  /**
   * `boolean`. On the wire: element `<async>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `async` attribute)
   */
  async?: boolean;
  /**
   * `boolean`. On the wire: element `<attach_wgt>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `attach_wgt` attribute)
   */
  attachWgt?: boolean;
  /**
   * `DiskAttachmentInit` (a `DiskAttachment` or a plain object). On the wire: element `<attachment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `attachment` attribute)
   */
  attachment?: DiskAttachmentInit;
  /**
   * `AuthorizedKeyInit` (a `AuthorizedKey` or a plain object). On the wire: element `<authorized_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `authorized_key` attribute)
   */
  authorizedKey?: AuthorizedKeyInit;
  /**
   * `AutoPinningPolicy` (`disabled`, `existing`, `adjust`; another string is sent as it is). On the wire: element `<auto_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `auto_pinning_policy` attribute)
   */
  autoPinningPolicy?: AutoPinningPolicy | (string & {});
  /**
   * A list of `GlusterBrickInit` (a `GlusterBrick` or a plain object). On the wire: element `<bricks>` with one `<brick>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `bricks` attribute)
   */
  bricks?: GlusterBrickInit[];
  /**
   * A list of `CertificateInit` (a `Certificate` or a plain object). On the wire: element `<certificates>` with one `<certificate>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `certificates` attribute)
   */
  certificates?: CertificateInit[];
  /**
   * `boolean`. On the wire: element `<check_connectivity>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `check_connectivity` attribute)
   */
  checkConnectivity?: boolean;
  /**
   * `boolean`. On the wire: element `<clone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `clone` attribute)
   */
  clone?: boolean;
  /**
   * `boolean`. On the wire: element `<clone_permissions>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `clone_permissions` attribute)
   */
  clonePermissions?: boolean;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `cluster` attribute)
   */
  cluster?: ClusterInit;
  /**
   * `boolean`. On the wire: element `<collapse_snapshots>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `collapse_snapshots` attribute)
   */
  collapseSnapshots?: boolean;
  /**
   * `boolean`. On the wire: element `<commit_on_success>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `commit_on_success` attribute)
   */
  commitOnSuccess?: boolean;
  /**
   * `StorageConnectionInit` (a `StorageConnection` or a plain object). On the wire: element `<connection>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `connection` attribute)
   */
  connection?: StorageConnectionInit;
  /**
   * `number` (an integer). On the wire: element `<connectivity_timeout>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `connectivity_timeout` attribute)
   */
  connectivityTimeout?: number;
  /**
   * `string`. On the wire: element `<correlation_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `correlation_id` attribute)
   */
  correlationId?: string;
  /**
   * `DataCenterInit` (a `DataCenter` or a plain object). On the wire: element `<data_center>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `data_center` attribute)
   */
  dataCenter?: DataCenterInit;
  /**
   * `boolean`. On the wire: element `<deploy_hosted_engine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `deploy_hosted_engine` attribute)
   */
  deployHostedEngine?: boolean;
  /**
   * `GlusterVolumeProfileDetailsInit` (a `GlusterVolumeProfileDetails` or a plain object). On the wire: element `<details>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `details` attribute)
   */
  details?: GlusterVolumeProfileDetailsInit;
  /**
   * `string`. On the wire: element `<directory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `directory` attribute)
   */
  directory?: string;
  /**
   * `boolean`. On the wire: element `<discard_snapshots>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `discard_snapshots` attribute)
   */
  discardSnapshots?: boolean;
  /**
   * A list of `IscsiDetailsInit` (a `IscsiDetails` or a plain object). On the wire: element `<discovered_targets>` with one `<iscsi_details>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `discovered_targets` attribute)
   */
  discoveredTargets?: IscsiDetailsInit[];
  /**
   * `DiskInit` (a `Disk` or a plain object). On the wire: element `<disk>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `disk` attribute)
   */
  disk?: DiskInit;
  /**
   * `DiskProfileInit` (a `DiskProfile` or a plain object). On the wire: element `<disk_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `disk_profile` attribute)
   */
  diskProfile?: DiskProfileInit;
  /**
   * A list of `DiskInit` (a `Disk` or a plain object). On the wire: element `<disks>` with one `<disk>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `disks` attribute)
   */
  disks?: DiskInit[];
  /**
   * `boolean`. On the wire: element `<exclusive>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `exclusive` attribute)
   */
  exclusive?: boolean;
  /**
   * `string`. On the wire: element `<fence_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `fence_type` attribute)
   */
  fenceType?: string;
  /**
   * `string`. On the wire: element `<filename>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `filename` attribute)
   */
  filename?: string;
  /**
   * `boolean`. On the wire: element `<filter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `filter` attribute)
   */
  filter?: boolean;
  /**
   * `boolean`. On the wire: element `<fix_layout>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `fix_layout` attribute)
   */
  fixLayout?: boolean;
  /**
   * `string`. On the wire: element `<follow>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `follow` attribute)
   */
  follow?: string;
  /**
   * `boolean`. On the wire: element `<force>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `force` attribute)
   */
  force?: boolean;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `host` attribute)
   */
  host?: HostInit;
  /**
   * `string`. On the wire: element `<image>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `image` attribute)
   */
  image?: string;
  /**
   * `ImageTransferInit` (a `ImageTransfer` or a plain object). On the wire: element `<image_transfer>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `image_transfer` attribute)
   */
  imageTransfer?: ImageTransferInit;
  /**
   * `boolean`. On the wire: element `<import_as_template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `import_as_template` attribute)
   */
  importAsTemplate?: boolean;
  /**
   * `boolean`. On the wire: element `<is_attached>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `is_attached` attribute)
   */
  isAttached?: boolean;
  /**
   * `IscsiDetailsInit` (a `IscsiDetails` or a plain object). On the wire: element `<iscsi>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `iscsi` attribute)
   */
  iscsi?: IscsiDetailsInit;
  /**
   * A list of `string`. On the wire: element `<iscsi_targets>` with one `<iscsi_target>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `iscsi_targets` attribute)
   */
  iscsiTargets?: string[];
  /**
   * `StorageDomainLeaseInit` (a `StorageDomainLease` or a plain object). On the wire: element `<lease>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `lease` attribute)
   */
  lease?: StorageDomainLeaseInit;
  /**
   * A list of `LogicalUnitInit` (a `LogicalUnit` or a plain object). On the wire: element `<logical_units>` with one `<logical_unit>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `logical_units` attribute)
   */
  logicalUnits?: LogicalUnitInit[];
  /**
   * `boolean`. On the wire: element `<maintenance_after_restart>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `maintenance_after_restart` attribute)
   */
  maintenanceAfterRestart?: boolean;
  /**
   * `boolean`. On the wire: element `<maintenance_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `maintenance_enabled` attribute)
   */
  maintenanceEnabled?: boolean;
  /**
   * `boolean`. On the wire: element `<migrate_vms_in_affinity_closure>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `migrate_vms_in_affinity_closure` attribute)
   */
  migrateVmsInAffinityClosure?: boolean;
  /**
   * A list of `HostNicInit` (a `HostNic` or a plain object). On the wire: element `<modified_bonds>` with one `<host_nic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `modified_bonds` attribute)
   */
  modifiedBonds?: HostNicInit[];
  /**
   * A list of `NetworkLabelInit` (a `NetworkLabel` or a plain object). On the wire: element `<modified_labels>` with one `<network_label>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `modified_labels` attribute)
   */
  modifiedLabels?: NetworkLabelInit[];
  /**
   * A list of `NetworkAttachmentInit` (a `NetworkAttachment` or a plain object). On the wire: element `<modified_network_attachments>` with one `<network_attachment>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `modified_network_attachments` attribute)
   */
  modifiedNetworkAttachments?: NetworkAttachmentInit[];
  /**
   * `boolean`. On the wire: element `<optimize_cpu_settings>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `optimize_cpu_settings` attribute)
   */
  optimizeCpuSettings?: boolean;
  /**
   * `OptionInit` (a `Option` or a plain object). On the wire: element `<option>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `option` attribute)
   */
  option?: OptionInit;
  /**
   * `boolean`. On the wire: element `<pause>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `pause` attribute)
   */
  pause?: boolean;
  /**
   * `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permission>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `permission` attribute)
   */
  permission?: PermissionInit;
  /**
   * `PowerManagementInit` (a `PowerManagement` or a plain object). On the wire: element `<power_management>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `power_management` attribute)
   */
  powerManagement?: PowerManagementInit;
  /**
   * `ProxyTicketInit` (a `ProxyTicket` or a plain object). On the wire: element `<proxy_ticket>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `proxy_ticket` attribute)
   */
  proxyTicket?: ProxyTicketInit;
  /**
   * `QuotaInit` (a `Quota` or a plain object). On the wire: element `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `quota` attribute)
   */
  quota?: QuotaInit;
  /**
   * `string`. On the wire: element `<reason>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `reason` attribute)
   */
  reason?: string;
  /**
   * `boolean`. On the wire: element `<reassign_bad_macs>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `reassign_bad_macs` attribute)
   */
  reassignBadMacs?: boolean;
  /**
   * `boolean`. On the wire: element `<reboot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `reboot` attribute)
   */
  reboot?: boolean;
  /**
   * `RegistrationConfigurationInit` (a `RegistrationConfiguration` or a plain object). On the wire: element `<registration_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `registration_configuration` attribute)
   */
  registrationConfiguration?: RegistrationConfigurationInit;
  /**
   * `string`. On the wire: element `<remote_viewer_connection_file>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `remote_viewer_connection_file` attribute)
   */
  remoteViewerConnectionFile?: string;
  /**
   * A list of `HostNicInit` (a `HostNic` or a plain object). On the wire: element `<removed_bonds>` with one `<host_nic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `removed_bonds` attribute)
   */
  removedBonds?: HostNicInit[];
  /**
   * A list of `NetworkLabelInit` (a `NetworkLabel` or a plain object). On the wire: element `<removed_labels>` with one `<network_label>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `removed_labels` attribute)
   */
  removedLabels?: NetworkLabelInit[];
  /**
   * A list of `NetworkAttachmentInit` (a `NetworkAttachment` or a plain object). On the wire: element `<removed_network_attachments>` with one `<network_attachment>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `removed_network_attachments` attribute)
   */
  removedNetworkAttachments?: NetworkAttachmentInit[];
  /**
   * `string`. On the wire: element `<resolution_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `resolution_type` attribute)
   */
  resolutionType?: string;
  /**
   * `boolean`. On the wire: element `<restore_memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `restore_memory` attribute)
   */
  restoreMemory?: boolean;
  /**
   * `string`. On the wire: element `<root_password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `root_password` attribute)
   */
  rootPassword?: string;
  /**
   * `boolean`. On the wire: element `<seal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `seal` attribute)
   */
  seal?: boolean;
  /**
   * `SnapshotInit` (a `Snapshot` or a plain object). On the wire: element `<snapshot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `snapshot` attribute)
   */
  snapshot?: SnapshotInit;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<source_host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `source_host` attribute)
   */
  sourceHost?: HostInit;
  /**
   * `SshInit` (a `Ssh` or a plain object). On the wire: element `<ssh>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `ssh` attribute)
   */
  ssh?: SshInit;
  /**
   * `boolean`. On the wire: element `<stop_gluster_service>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `stop_gluster_service` attribute)
   */
  stopGlusterService?: boolean;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `storage_domain` attribute)
   */
  storageDomain?: StorageDomainInit;
  /**
   * A list of `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domains>` with one `<storage_domain>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `storage_domains` attribute)
   */
  storageDomains?: StorageDomainInit[];
  /**
   * `boolean`. On the wire: element `<succeeded>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `succeeded` attribute)
   */
  succeeded?: boolean;
  /**
   * A list of `NetworkAttachmentInit` (a `NetworkAttachment` or a plain object). On the wire: element `<synchronized_network_attachments>` with one `<network_attachment>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `synchronized_network_attachments` attribute)
   */
  synchronizedNetworkAttachments?: NetworkAttachmentInit[];
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `template` attribute)
   */
  template?: TemplateInit;
  /**
   * `TicketInit` (a `Ticket` or a plain object). On the wire: element `<ticket>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `ticket` attribute)
   */
  ticket?: TicketInit;
  /**
   * `number` (an integer). On the wire: element `<timeout>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `timeout` attribute)
   */
  timeout?: number;
  /**
   * `boolean`. On the wire: element `<undeploy_hosted_engine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `undeploy_hosted_engine` attribute)
   */
  undeployHostedEngine?: boolean;
  /**
   * `ClusterUpgradeAction` (`start`, `update_progress`, `finish`; another string is sent as it is). On the wire: element `<upgrade_action>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `upgrade_action` attribute)
   */
  upgradeAction?: ClusterUpgradeAction | (string & {});
  /**
   * `number` (an integer). On the wire: element `<upgrade_percent_complete>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `upgrade_percent_complete` attribute)
   */
  upgradePercentComplete?: number;
  /**
   * `boolean`. On the wire: element `<use_cloud_init>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `use_cloud_init` attribute)
   */
  useCloudInit?: boolean;
  /**
   * `boolean`. On the wire: element `<use_ignition>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `use_ignition` attribute)
   */
  useIgnition?: boolean;
  /**
   * `boolean`. On the wire: element `<use_initialization>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `use_initialization` attribute)
   */
  useInitialization?: boolean;
  /**
   * `boolean`. On the wire: element `<use_sysprep>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `use_sysprep` attribute)
   */
  useSysprep?: boolean;
  /**
   * `HostNicVirtualFunctionsConfigurationInit` (a `HostNicVirtualFunctionsConfiguration` or a plain object). On the wire: element `<virtual_functions_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `virtual_functions_configuration` attribute)
   */
  virtualFunctionsConfiguration?: HostNicVirtualFunctionsConfigurationInit;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `vm` attribute)
   */
  vm?: VmInit;
  /**
   * A list of `VnicProfileMappingInit` (a `VnicProfileMapping` or a plain object). On the wire: element `<vnic_profile_mappings>` with one `<vnic_profile_mapping>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `vnic_profile_mappings` attribute)
   */
  vnicProfileMappings?: VnicProfileMappingInit[];
  /**
   * `boolean`. On the wire: element `<volatile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `volatile` attribute)
   */
  volatile?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<action>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/action | reference: action} (its `comment` attribute)
   */
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
