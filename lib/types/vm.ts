// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { AffinityLabel } from './affinity-label';
import type { AffinityLabelInit } from './affinity-label';
import { Application } from './application';
import type { ApplicationInit } from './application';
import type { AutoPinningPolicy } from './auto-pinning-policy';
import { Bios } from './bios';
import type { BiosInit } from './bios';
import { Cdrom } from './cdrom';
import type { CdromInit } from './cdrom';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { Console } from './console';
import type { ConsoleInit } from './console';
import { Cpu } from './cpu';
import type { CpuInit } from './cpu';
import type { CpuPinningPolicy } from './cpu-pinning-policy';
import { CpuProfile } from './cpu-profile';
import type { CpuProfileInit } from './cpu-profile';
import { CustomProperty } from './custom-property';
import type { CustomPropertyInit } from './custom-property';
import { DiskAttachment } from './disk-attachment';
import type { DiskAttachmentInit } from './disk-attachment';
import { Display } from './display';
import type { DisplayInit } from './display';
import { Domain } from './domain';
import type { DomainInit } from './domain';
import { DynamicCpu } from './dynamic-cpu';
import type { DynamicCpuInit } from './dynamic-cpu';
import { ExternalHostProvider } from './external-host-provider';
import type { ExternalHostProviderInit } from './external-host-provider';
import { Floppy } from './floppy';
import type { FloppyInit } from './floppy';
import { GraphicsConsole } from './graphics-console';
import type { GraphicsConsoleInit } from './graphics-console';
import { GuestOperatingSystem } from './guest-operating-system';
import type { GuestOperatingSystemInit } from './guest-operating-system';
import { HighAvailability } from './high-availability';
import type { HighAvailabilityInit } from './high-availability';
import { Host } from './host';
import type { HostInit } from './host';
import { HostDevice } from './host-device';
import type { HostDeviceInit } from './host-device';
import { Icon } from './icon';
import type { IconInit } from './icon';
import { Initialization } from './initialization';
import type { InitializationInit } from './initialization';
import { InstanceType } from './instance-type';
import type { InstanceTypeInit } from './instance-type';
import { Io } from './io';
import type { IoInit } from './io';
import { KatelloErratum } from './katello-erratum';
import type { KatelloErratumInit } from './katello-erratum';
import { MemoryPolicy } from './memory-policy';
import type { MemoryPolicyInit } from './memory-policy';
import { MigrationOptions } from './migration-options';
import type { MigrationOptionsInit } from './migration-options';
import { Nic } from './nic';
import type { NicInit } from './nic';
import { NumaNode } from './numa-node';
import type { NumaNodeInit } from './numa-node';
import type { NumaTuneMode } from './numa-tune-mode';
import { OperatingSystem } from './operating-system';
import type { OperatingSystemInit } from './operating-system';
import { Payload } from './payload';
import type { PayloadInit } from './payload';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Quota } from './quota';
import type { QuotaInit } from './quota';
import { ReportedDevice } from './reported-device';
import type { ReportedDeviceInit } from './reported-device';
import { RngDevice } from './rng-device';
import type { RngDeviceInit } from './rng-device';
import { SerialNumber } from './serial-number';
import type { SerialNumberInit } from './serial-number';
import { Session } from './session';
import type { SessionInit } from './session';
import { Snapshot } from './snapshot';
import type { SnapshotInit } from './snapshot';
import { Sso } from './sso';
import type { SsoInit } from './sso';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';
import { StorageDomainLease } from './storage-domain-lease';
import type { StorageDomainLeaseInit } from './storage-domain-lease';
import { Tag } from './tag';
import type { TagInit } from './tag';
import { Template } from './template';
import type { TemplateInit } from './template';
import { TimeZone } from './time-zone';
import type { TimeZoneInit } from './time-zone';
import { Usb } from './usb';
import type { UsbInit } from './usb';
import { Version } from './version';
import type { VersionInit } from './version';
import { VirtioScsi } from './virtio-scsi';
import type { VirtioScsiInit } from './virtio-scsi';
import { VmMediatedDevice } from './vm-mediated-device';
import type { VmMediatedDeviceInit } from './vm-mediated-device';
import { VmPlacementPolicy } from './vm-placement-policy';
import type { VmPlacementPolicyInit } from './vm-placement-policy';
import { VmPool } from './vm-pool';
import type { VmPoolInit } from './vm-pool';
import type { VmStatus } from './vm-status';
import type { VmStorageErrorResumeBehaviour } from './vm-storage-error-resume-behaviour';
import type { VmType } from './vm-type';
import { Watchdog } from './watchdog';
import type { WatchdogInit } from './watchdog';

/**
 * The `vm` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm}
 */
export class Vm extends Struct {
  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/status} */
  status?: VmStatus;

  /** The `status_detail` attribute (`<status_detail>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/status_detail} */
  statusDetail?: string;

  /** The `stop_reason` attribute (`<stop_reason>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/stop_reason} */
  stopReason?: string;

  /** The `start_time` attribute (`<start_time>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/start_time} */
  startTime?: Date;

  /** The `stop_time` attribute (`<stop_time>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/stop_time} */
  stopTime?: Date;

  /** The `run_once` attribute (`<run_once>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/run_once} */
  runOnce?: boolean;

  /** The `payloads` attribute (`<payloads>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/payloads} */
  payloads?: List<Payload>;

  /** The `fqdn` attribute (`<fqdn>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/fqdn} */
  fqdn?: string;

  /** The `use_latest_template_version` attribute (`<use_latest_template_version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/use_latest_template_version} */
  useLatestTemplateVersion?: boolean;

  /** The `next_run_configuration_exists` attribute (`<next_run_configuration_exists>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/next_run_configuration_exists} */
  nextRunConfigurationExists?: boolean;

  /**
   * The `numa_tune_mode` attribute (`<numa_tune_mode>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/numa_tune_mode}
   * @deprecated The model marks it deprecated.
   */
  numaTuneMode?: NumaTuneMode;

  /** The `guest_time_zone` attribute (`<guest_time_zone>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/guest_time_zone} */
  guestTimeZone?: TimeZone;

  /** The `guest_operating_system` attribute (`<guest_operating_system>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/guest_operating_system} */
  guestOperatingSystem?: GuestOperatingSystem;

  /**
   * The `has_illegal_images` attribute (`<has_illegal_images>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/has_illegal_images}
   * @since API 4.1.9
   */
  hasIllegalImages?: boolean;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/type} */
  type?: VmType;

  /** The `memory` attribute (`<memory>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/memory} */
  memory?: number;

  /** The `cpu` attribute (`<cpu>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/cpu} */
  cpu?: Cpu;

  /** The `cpu_shares` attribute (`<cpu_shares>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/cpu_shares} */
  cpuShares?: number;

  /** The `bios` attribute (`<bios>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/bios} */
  bios?: Bios;

  /** The `os` attribute (`<os>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/os} */
  os?: OperatingSystem;

  /** The `creation_time` attribute (`<creation_time>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/creation_time} */
  creationTime?: Date;

  /** The `origin` attribute (`<origin>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/origin} */
  origin?: string;

  /** The `stateless` attribute (`<stateless>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/stateless} */
  stateless?: boolean;

  /** The `delete_protected` attribute (`<delete_protected>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/delete_protected} */
  deleteProtected?: boolean;

  /** The `high_availability` attribute (`<high_availability>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/high_availability} */
  highAvailability?: HighAvailability;

  /** The `display` attribute (`<display>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/display} */
  display?: Display;

  /** The `sso` attribute (`<sso>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/sso} */
  sso?: Sso;

  /** The `rng_device` attribute (`<rng_device>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/rng_device} */
  rngDevice?: RngDevice;

  /** The `console` attribute (`<console>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/console} */
  console?: Console;

  /** The `domain` attribute (`<domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/domain} */
  domain?: Domain;

  /** The `usb` attribute (`<usb>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/usb} */
  usb?: Usb;

  /** The `soundcard_enabled` attribute (`<soundcard_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/soundcard_enabled} */
  soundcardEnabled?: boolean;

  /** The `tunnel_migration` attribute (`<tunnel_migration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/tunnel_migration} */
  tunnelMigration?: boolean;

  /** The `migration_downtime` attribute (`<migration_downtime>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/migration_downtime} */
  migrationDowntime?: number;

  /** The `virtio_scsi` attribute (`<virtio_scsi>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/virtio_scsi} */
  virtioScsi?: VirtioScsi;

  /** The `serial_number` attribute (`<serial_number>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/serial_number} */
  serialNumber?: SerialNumber;

  /** The `start_paused` attribute (`<start_paused>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/start_paused} */
  startPaused?: boolean;

  /** The `migration` attribute (`<migration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/migration} */
  migration?: MigrationOptions;

  /** The `io` attribute (`<io>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/io} */
  io?: Io;

  /** The `custom_properties` attribute (`<custom_properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/custom_properties} */
  customProperties?: List<CustomProperty>;

  /** The `custom_emulated_machine` attribute (`<custom_emulated_machine>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/custom_emulated_machine} */
  customEmulatedMachine?: string;

  /** The `custom_cpu_model` attribute (`<custom_cpu_model>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/custom_cpu_model} */
  customCpuModel?: string;

  /** The `time_zone` attribute (`<time_zone>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/time_zone} */
  timeZone?: TimeZone;

  /** The `small_icon` attribute (`<small_icon>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/small_icon} */
  smallIcon?: Icon;

  /** The `large_icon` attribute (`<large_icon>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/large_icon} */
  largeIcon?: Icon;

  /** The `initialization` attribute (`<initialization>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/initialization} */
  initialization?: Initialization;

  /** The `memory_policy` attribute (`<memory_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/memory_policy} */
  memoryPolicy?: MemoryPolicy;

  /** The `custom_compatibility_version` attribute (`<custom_compatibility_version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/custom_compatibility_version} */
  customCompatibilityVersion?: Version;

  /**
   * The `lease` attribute (`<lease>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/lease}
   * @since API 4.1
   */
  lease?: StorageDomainLease;

  /**
   * The `storage_error_resume_behaviour` attribute (`<storage_error_resume_behaviour>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/storage_error_resume_behaviour}
   * @since API 4.2
   */
  storageErrorResumeBehaviour?: VmStorageErrorResumeBehaviour;

  /** The `placement_policy` attribute (`<placement_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/placement_policy} */
  placementPolicy?: VmPlacementPolicy;

  /**
   * The `multi_queues_enabled` attribute (`<multi_queues_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/multi_queues_enabled}
   * @since API 4.2.5
   */
  multiQueuesEnabled?: boolean;

  /**
   * The `virtio_scsi_multi_queues_enabled` attribute (`<virtio_scsi_multi_queues_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/virtio_scsi_multi_queues_enabled}
   * @since API 4.4.5
   */
  virtioScsiMultiQueuesEnabled?: boolean;

  /**
   * The `virtio_scsi_multi_queues` attribute (`<virtio_scsi_multi_queues>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/virtio_scsi_multi_queues}
   * @since API 4.4.8
   */
  virtioScsiMultiQueues?: number;

  /**
   * The `tpm_enabled` attribute (`<tpm_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/tpm_enabled}
   * @since API 4.4.5
   */
  tpmEnabled?: boolean;

  /**
   * The `auto_pinning_policy` attribute (`<auto_pinning_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/auto_pinning_policy}
   * @since API 4.4.8
   * @deprecated The model marks it deprecated.
   */
  autoPinningPolicy?: AutoPinningPolicy;

  /**
   * The `cpu_pinning_policy` attribute (`<cpu_pinning_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/cpu_pinning_policy}
   * @since API 4.5
   */
  cpuPinningPolicy?: CpuPinningPolicy;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/attributes/comment} */
  comment?: string;

  /** The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/cluster} */
  cluster?: Cluster;

  /** The `storage_domain` link (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/storage_domain} */
  storageDomain?: StorageDomain;

  /** The `cpu_profile` link (`<cpu_profile>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/cpu_profile} */
  cpuProfile?: CpuProfile;

  /** The `quota` link (`<quota>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/quota} */
  quota?: Quota;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/host} */
  host?: Host;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/template} */
  template?: Template;

  /** The `original_template` link (`<original_template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/original_template} */
  originalTemplate?: Template;

  /** The `instance_type` link (`<instance_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/instance_type} */
  instanceType?: InstanceType;

  /** The `nics` link (`<nics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/nics} */
  nics?: List<Nic>;

  /** The `snapshots` link (`<snapshots>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/snapshots} */
  snapshots?: List<Snapshot>;

  /** The `vm_pool` link (`<vm_pool>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/vm_pool} */
  vmPool?: VmPool;

  /** The `cdroms` link (`<cdroms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/cdroms} */
  cdroms?: List<Cdrom>;

  /** The `floppies` link (`<floppies>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/floppies} */
  floppies?: List<Floppy>;

  /** The `reported_devices` link (`<reported_devices>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/reported_devices} */
  reportedDevices?: List<ReportedDevice>;

  /** The `watchdogs` link (`<watchdogs>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/watchdogs} */
  watchdogs?: List<Watchdog>;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/permissions} */
  permissions?: List<Permission>;

  /** The `external_host_provider` link (`<external_host_provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/external_host_provider} */
  externalHostProvider?: ExternalHostProvider;

  /** The `affinity_labels` link (`<affinity_labels>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/affinity_labels} */
  affinityLabels?: List<AffinityLabel>;

  /** The `applications` link (`<applications>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/applications} */
  applications?: List<Application>;

  /** The `graphics_consoles` link (`<graphics_consoles>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/graphics_consoles} */
  graphicsConsoles?: List<GraphicsConsole>;

  /** The `host_devices` link (`<host_devices>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/host_devices} */
  hostDevices?: List<HostDevice>;

  /** The `katello_errata` link (`<katello_errata>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/katello_errata} */
  katelloErrata?: List<KatelloErratum>;

  /** The `numa_nodes` link (`<host_numa_nodes>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/numa_nodes} */
  numaNodes?: List<NumaNode>;

  /** The `sessions` link (`<sessions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/sessions} */
  sessions?: List<Session>;

  /** The `statistics` link (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/statistics} */
  statistics?: List<Statistic>;

  /** The `tags` link (`<tags>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/tags} */
  tags?: List<Tag>;

  /** The `disk_attachments` link (`<disk_attachments>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/disk_attachments} */
  diskAttachments?: List<DiskAttachment>;

  /** The `dynamic_cpu` link (`<dynamic_cpu>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/dynamic_cpu} */
  dynamicCpu?: DynamicCpu;

  /**
   * The `mediated_devices` link (`<mediated_devices>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm/links/mediated_devices}
   * @since API 4.5
   */
  mediatedDevices?: List<VmMediatedDevice>;

  /** Creates a `vm`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VmInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `vm` as the SDK accepts it: a {@link Vm} or a plain object of the same shape, at any depth. */
export interface VmInit {
  href?: string;
  status?: VmStatus;
  statusDetail?: string;
  stopReason?: string;
  startTime?: Date | string;
  stopTime?: Date | string;
  runOnce?: boolean;
  payloads?: PayloadInit[];
  fqdn?: string;
  useLatestTemplateVersion?: boolean;
  nextRunConfigurationExists?: boolean;
  numaTuneMode?: NumaTuneMode;
  guestTimeZone?: TimeZoneInit;
  guestOperatingSystem?: GuestOperatingSystemInit;
  hasIllegalImages?: boolean;
  type?: VmType;
  memory?: number;
  cpu?: CpuInit;
  cpuShares?: number;
  bios?: BiosInit;
  os?: OperatingSystemInit;
  creationTime?: Date | string;
  origin?: string;
  stateless?: boolean;
  deleteProtected?: boolean;
  highAvailability?: HighAvailabilityInit;
  display?: DisplayInit;
  sso?: SsoInit;
  rngDevice?: RngDeviceInit;
  console?: ConsoleInit;
  domain?: DomainInit;
  usb?: UsbInit;
  soundcardEnabled?: boolean;
  tunnelMigration?: boolean;
  migrationDowntime?: number;
  virtioScsi?: VirtioScsiInit;
  serialNumber?: SerialNumberInit;
  startPaused?: boolean;
  migration?: MigrationOptionsInit;
  io?: IoInit;
  customProperties?: CustomPropertyInit[];
  customEmulatedMachine?: string;
  customCpuModel?: string;
  timeZone?: TimeZoneInit;
  smallIcon?: IconInit;
  largeIcon?: IconInit;
  initialization?: InitializationInit;
  memoryPolicy?: MemoryPolicyInit;
  customCompatibilityVersion?: VersionInit;
  lease?: StorageDomainLeaseInit;
  storageErrorResumeBehaviour?: VmStorageErrorResumeBehaviour;
  placementPolicy?: VmPlacementPolicyInit;
  multiQueuesEnabled?: boolean;
  virtioScsiMultiQueuesEnabled?: boolean;
  virtioScsiMultiQueues?: number;
  tpmEnabled?: boolean;
  autoPinningPolicy?: AutoPinningPolicy;
  cpuPinningPolicy?: CpuPinningPolicy;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  cluster?: ClusterInit;
  storageDomain?: StorageDomainInit;
  cpuProfile?: CpuProfileInit;
  quota?: QuotaInit;
  host?: HostInit;
  template?: TemplateInit;
  originalTemplate?: TemplateInit;
  instanceType?: InstanceTypeInit;
  nics?: NicInit[];
  snapshots?: SnapshotInit[];
  vmPool?: VmPoolInit;
  cdroms?: CdromInit[];
  floppies?: FloppyInit[];
  reportedDevices?: ReportedDeviceInit[];
  watchdogs?: WatchdogInit[];
  permissions?: PermissionInit[];
  externalHostProvider?: ExternalHostProviderInit;
  affinityLabels?: AffinityLabelInit[];
  applications?: ApplicationInit[];
  graphicsConsoles?: GraphicsConsoleInit[];
  hostDevices?: HostDeviceInit[];
  katelloErrata?: KatelloErratumInit[];
  numaNodes?: NumaNodeInit[];
  sessions?: SessionInit[];
  statistics?: StatisticInit[];
  tags?: TagInit[];
  diskAttachments?: DiskAttachmentInit[];
  dynamicCpu?: DynamicCpuInit;
  mediatedDevices?: VmMediatedDeviceInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Vm, () => ({
  href: VALUE,
  status: VALUE,
  statusDetail: VALUE,
  stopReason: VALUE,
  startTime: DATE,
  stopTime: DATE,
  runOnce: VALUE,
  payloads: [Payload],
  fqdn: VALUE,
  useLatestTemplateVersion: VALUE,
  nextRunConfigurationExists: VALUE,
  numaTuneMode: VALUE,
  guestTimeZone: TimeZone,
  guestOperatingSystem: GuestOperatingSystem,
  hasIllegalImages: VALUE,
  type: VALUE,
  memory: VALUE,
  cpu: Cpu,
  cpuShares: VALUE,
  bios: Bios,
  os: OperatingSystem,
  creationTime: DATE,
  origin: VALUE,
  stateless: VALUE,
  deleteProtected: VALUE,
  highAvailability: HighAvailability,
  display: Display,
  sso: Sso,
  rngDevice: RngDevice,
  console: Console,
  domain: Domain,
  usb: Usb,
  soundcardEnabled: VALUE,
  tunnelMigration: VALUE,
  migrationDowntime: VALUE,
  virtioScsi: VirtioScsi,
  serialNumber: SerialNumber,
  startPaused: VALUE,
  migration: MigrationOptions,
  io: Io,
  customProperties: [CustomProperty],
  customEmulatedMachine: VALUE,
  customCpuModel: VALUE,
  timeZone: TimeZone,
  smallIcon: Icon,
  largeIcon: Icon,
  initialization: Initialization,
  memoryPolicy: MemoryPolicy,
  customCompatibilityVersion: Version,
  lease: StorageDomainLease,
  storageErrorResumeBehaviour: VALUE,
  placementPolicy: VmPlacementPolicy,
  multiQueuesEnabled: VALUE,
  virtioScsiMultiQueuesEnabled: VALUE,
  virtioScsiMultiQueues: VALUE,
  tpmEnabled: VALUE,
  autoPinningPolicy: VALUE,
  cpuPinningPolicy: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  cluster: Cluster,
  storageDomain: StorageDomain,
  cpuProfile: CpuProfile,
  quota: Quota,
  host: Host,
  template: Template,
  originalTemplate: Template,
  instanceType: InstanceType,
  nics: [Nic],
  snapshots: [Snapshot],
  vmPool: VmPool,
  cdroms: [Cdrom],
  floppies: [Floppy],
  reportedDevices: [ReportedDevice],
  watchdogs: [Watchdog],
  permissions: [Permission],
  externalHostProvider: ExternalHostProvider,
  affinityLabels: [AffinityLabel],
  applications: [Application],
  graphicsConsoles: [GraphicsConsole],
  hostDevices: [HostDevice],
  katelloErrata: [KatelloErratum],
  numaNodes: [NumaNode],
  sessions: [Session],
  statistics: [Statistic],
  tags: [Tag],
  diskAttachments: [DiskAttachment],
  dynamicCpu: DynamicCpu,
  mediatedDevices: [VmMediatedDevice],
}));
