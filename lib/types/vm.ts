// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `vm` type of the API, on the wire `<vm>` (a list: `<vms>` with one `<vm>` per item); 61 attributes and 29 links.
 *
 * Create one with `new Vm({ ... })`, or pass a plain {@link VmInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm}
 */
export class Vm extends Struct {
  /**
   * `VmStatus` (`unassigned`, `down`, `up`, `powering_up`, `paused`, `migrating`, `unknown`, `not_responding`, `wait_for_launch`, `reboot_in_progress`, `saving_state`, `restoring_state`, `suspended`, `image_locked`, `powering_down`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `status` attribute)
   */
  status?: VmStatus | (string & {});

  /**
   * `string`. On the wire: element `<status_detail>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `status_detail` attribute)
   */
  statusDetail?: string;

  /**
   * `string`. On the wire: element `<stop_reason>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `stop_reason` attribute)
   */
  stopReason?: string;

  /**
   * `Date`. On the wire: element `<start_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `start_time` attribute)
   */
  startTime?: Date;

  /**
   * `Date`. On the wire: element `<stop_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `stop_time` attribute)
   */
  stopTime?: Date;

  /**
   * `boolean`. On the wire: element `<run_once>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `run_once` attribute)
   */
  runOnce?: boolean;

  /**
   * A list of `Payload`. On the wire: element `<payloads>` with one `<payload>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `payloads` attribute)
   */
  payloads?: List<Payload>;

  /**
   * `string`. On the wire: element `<fqdn>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `fqdn` attribute)
   */
  fqdn?: string;

  /**
   * `boolean`. On the wire: element `<use_latest_template_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `use_latest_template_version` attribute)
   */
  useLatestTemplateVersion?: boolean;

  /**
   * `boolean`. On the wire: element `<next_run_configuration_exists>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `next_run_configuration_exists` attribute)
   */
  nextRunConfigurationExists?: boolean;

  /**
   * `NumaTuneMode` (`strict`, `interleave`, `preferred`; or another string, from a newer engine). On the wire: element `<numa_tune_mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `numa_tune_mode` attribute)
   * @deprecated The API model marks it deprecated.
   */
  numaTuneMode?: NumaTuneMode | (string & {});

  /**
   * `TimeZone`. On the wire: element `<guest_time_zone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `guest_time_zone` attribute)
   */
  guestTimeZone?: TimeZone;

  /**
   * `GuestOperatingSystem`. On the wire: element `<guest_operating_system>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `guest_operating_system` attribute)
   */
  guestOperatingSystem?: GuestOperatingSystem;

  /**
   * `boolean`. On the wire: element `<has_illegal_images>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `has_illegal_images` attribute)
   * @since API 4.1.9
   */
  hasIllegalImages?: boolean;

  /**
   * `VmType` (`desktop`, `server`, `high_performance`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `type` attribute)
   */
  type?: VmType | (string & {});

  /**
   * `number` (an integer). On the wire: element `<memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `memory` attribute)
   */
  memory?: number;

  /**
   * `Cpu`. On the wire: element `<cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `cpu` attribute)
   */
  cpu?: Cpu;

  /**
   * `number` (an integer). On the wire: element `<cpu_shares>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `cpu_shares` attribute)
   */
  cpuShares?: number;

  /**
   * `Bios`. On the wire: element `<bios>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `bios` attribute)
   */
  bios?: Bios;

  /**
   * `OperatingSystem`. On the wire: element `<os>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `os` attribute)
   */
  os?: OperatingSystem;

  /**
   * `Date`. On the wire: element `<creation_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `creation_time` attribute)
   */
  creationTime?: Date;

  /**
   * `string`. On the wire: element `<origin>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `origin` attribute)
   */
  origin?: string;

  /**
   * `boolean`. On the wire: element `<stateless>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `stateless` attribute)
   */
  stateless?: boolean;

  /**
   * `boolean`. On the wire: element `<delete_protected>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `delete_protected` attribute)
   */
  deleteProtected?: boolean;

  /**
   * `HighAvailability`. On the wire: element `<high_availability>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `high_availability` attribute)
   */
  highAvailability?: HighAvailability;

  /**
   * `Display`. On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `display` attribute)
   */
  display?: Display;

  /**
   * `Sso`. On the wire: element `<sso>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `sso` attribute)
   */
  sso?: Sso;

  /**
   * `RngDevice`. On the wire: element `<rng_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `rng_device` attribute)
   */
  rngDevice?: RngDevice;

  /**
   * `Console`. On the wire: element `<console>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `console` attribute)
   */
  console?: Console;

  /**
   * `Domain`. On the wire: element `<domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `domain` attribute)
   */
  domain?: Domain;

  /**
   * `Usb`. On the wire: element `<usb>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `usb` attribute)
   */
  usb?: Usb;

  /**
   * `boolean`. On the wire: element `<soundcard_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `soundcard_enabled` attribute)
   */
  soundcardEnabled?: boolean;

  /**
   * `boolean`. On the wire: element `<tunnel_migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `tunnel_migration` attribute)
   */
  tunnelMigration?: boolean;

  /**
   * `number` (an integer). On the wire: element `<migration_downtime>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `migration_downtime` attribute)
   */
  migrationDowntime?: number;

  /**
   * `VirtioScsi`. On the wire: element `<virtio_scsi>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `virtio_scsi` attribute)
   */
  virtioScsi?: VirtioScsi;

  /**
   * `SerialNumber`. On the wire: element `<serial_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `serial_number` attribute)
   */
  serialNumber?: SerialNumber;

  /**
   * `boolean`. On the wire: element `<start_paused>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `start_paused` attribute)
   */
  startPaused?: boolean;

  /**
   * `MigrationOptions`. On the wire: element `<migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `migration` attribute)
   */
  migration?: MigrationOptions;

  /**
   * `Io`. On the wire: element `<io>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `io` attribute)
   */
  io?: Io;

  /**
   * A list of `CustomProperty`. On the wire: element `<custom_properties>` with one `<custom_property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `custom_properties` attribute)
   */
  customProperties?: List<CustomProperty>;

  /**
   * `string`. On the wire: element `<custom_emulated_machine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `custom_emulated_machine` attribute)
   */
  customEmulatedMachine?: string;

  /**
   * `string`. On the wire: element `<custom_cpu_model>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `custom_cpu_model` attribute)
   */
  customCpuModel?: string;

  /**
   * `TimeZone`. On the wire: element `<time_zone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `time_zone` attribute)
   */
  timeZone?: TimeZone;

  /**
   * `Icon`. On the wire: element `<small_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `small_icon` attribute)
   */
  smallIcon?: Icon;

  /**
   * `Icon`. On the wire: element `<large_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `large_icon` attribute)
   */
  largeIcon?: Icon;

  /**
   * `Initialization`. On the wire: element `<initialization>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `initialization` attribute)
   */
  initialization?: Initialization;

  /**
   * `MemoryPolicy`. On the wire: element `<memory_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `memory_policy` attribute)
   */
  memoryPolicy?: MemoryPolicy;

  /**
   * `Version`. On the wire: element `<custom_compatibility_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `custom_compatibility_version` attribute)
   */
  customCompatibilityVersion?: Version;

  /**
   * `StorageDomainLease`. On the wire: element `<lease>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `lease` attribute)
   * @since API 4.1
   */
  lease?: StorageDomainLease;

  /**
   * `VmStorageErrorResumeBehaviour` (`leave_paused`, `auto_resume`, `kill`; or another string, from a newer engine). On the wire: element `<storage_error_resume_behaviour>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `storage_error_resume_behaviour` attribute)
   * @since API 4.2
   */
  storageErrorResumeBehaviour?: VmStorageErrorResumeBehaviour | (string & {});

  /**
   * `VmPlacementPolicy`. On the wire: element `<placement_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `placement_policy` attribute)
   */
  placementPolicy?: VmPlacementPolicy;

  /**
   * `boolean`. On the wire: element `<multi_queues_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `multi_queues_enabled` attribute)
   * @since API 4.2.5
   */
  multiQueuesEnabled?: boolean;

  /**
   * `boolean`. On the wire: element `<virtio_scsi_multi_queues_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `virtio_scsi_multi_queues_enabled` attribute)
   * @since API 4.4.5
   */
  virtioScsiMultiQueuesEnabled?: boolean;

  /**
   * `number` (an integer). On the wire: element `<virtio_scsi_multi_queues>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `virtio_scsi_multi_queues` attribute)
   * @since API 4.4.8
   */
  virtioScsiMultiQueues?: number;

  /**
   * `boolean`. On the wire: element `<tpm_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `tpm_enabled` attribute)
   * @since API 4.4.5
   */
  tpmEnabled?: boolean;

  /**
   * `AutoPinningPolicy` (`disabled`, `existing`, `adjust`; or another string, from a newer engine). On the wire: element `<auto_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `auto_pinning_policy` attribute)
   * @since API 4.4.8
   * @deprecated The API model marks it deprecated.
   */
  autoPinningPolicy?: AutoPinningPolicy | (string & {});

  /**
   * `CpuPinningPolicy` (`none`, `manual`, `resize_and_pin_numa`, `dedicated`, `isolate_threads`; or another string, from a newer engine). On the wire: element `<cpu_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `cpu_pinning_policy` attribute)
   * @since API 4.5
   */
  cpuPinningPolicy?: CpuPinningPolicy | (string & {});

  /**
   * `string`. On the wire: XML attribute `id` of `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `storage_domain` link)
   */
  storageDomain?: StorageDomain;

  /**
   * `CpuProfile`. On the wire: element `<cpu_profile>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `cpu_profile` link)
   */
  cpuProfile?: CpuProfile;

  /**
   * `Quota`. On the wire: element `<quota>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `quota` link)
   */
  quota?: Quota;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `host` link)
   */
  host?: Host;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `template` link)
   */
  template?: Template;

  /**
   * `Template`. On the wire: element `<original_template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `original_template` link)
   */
  originalTemplate?: Template;

  /**
   * `InstanceType`. On the wire: element `<instance_type>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `instance_type` link)
   */
  instanceType?: InstanceType;

  /**
   * A list of `Nic`. On the wire: a link, `<link rel="nics" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<nics>` with one `<nic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `nics` link)
   */
  nics?: List<Nic>;

  /**
   * A list of `Snapshot`. On the wire: a link, `<link rel="snapshots" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<snapshots>` with one `<snapshot>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `snapshots` link)
   */
  snapshots?: List<Snapshot>;

  /**
   * `VmPool`. On the wire: element `<vm_pool>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `vm_pool` link)
   */
  vmPool?: VmPool;

  /**
   * A list of `Cdrom`. On the wire: a link, `<link rel="cdroms" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<cdroms>` with one `<cdrom>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `cdroms` link)
   */
  cdroms?: List<Cdrom>;

  /**
   * A list of `Floppy`. On the wire: a link, `<link rel="floppies" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<floppies>` with one `<floppy>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `floppies` link)
   */
  floppies?: List<Floppy>;

  /**
   * A list of `ReportedDevice`. On the wire: a link, `<link rel="reporteddevices" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<reported_devices>` with one `<reported_device>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `reported_devices` link)
   */
  reportedDevices?: List<ReportedDevice>;

  /**
   * A list of `Watchdog`. On the wire: a link, `<link rel="watchdogs" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<watchdogs>` with one `<watchdog>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `watchdogs` link)
   */
  watchdogs?: List<Watchdog>;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * `ExternalHostProvider`. On the wire: element `<external_host_provider>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `external_host_provider` link)
   */
  externalHostProvider?: ExternalHostProvider;

  /**
   * A list of `AffinityLabel`. On the wire: a link, `<link rel="affinitylabels" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<affinity_labels>` with one `<affinity_label>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `affinity_labels` link)
   */
  affinityLabels?: List<AffinityLabel>;

  /**
   * A list of `Application`. On the wire: a link, `<link rel="applications" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<applications>` with one `<application>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `applications` link)
   */
  applications?: List<Application>;

  /**
   * A list of `GraphicsConsole`. On the wire: a link, `<link rel="graphicsconsoles" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<graphics_consoles>` with one `<graphics_console>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `graphics_consoles` link)
   */
  graphicsConsoles?: List<GraphicsConsole>;

  /**
   * A list of `HostDevice`. On the wire: a link, `<link rel="hostdevices" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<host_devices>` with one `<host_device>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `host_devices` link)
   */
  hostDevices?: List<HostDevice>;

  /**
   * A list of `KatelloErratum`. On the wire: a link, `<link rel="katelloerrata" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<katello_errata>` with one `<katello_erratum>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `katello_errata` link)
   */
  katelloErrata?: List<KatelloErratum>;

  /**
   * A list of `NumaNode`. On the wire: a link, `<link rel="numanodes" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<host_numa_nodes>` with one `<host_numa_node>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `numa_nodes` link)
   */
  numaNodes?: List<NumaNode>;

  /**
   * A list of `Session`. On the wire: a link, `<link rel="sessions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<sessions>` with one `<session>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `sessions` link)
   */
  sessions?: List<Session>;

  /**
   * A list of `Statistic`. On the wire: a link, `<link rel="statistics" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `statistics` link)
   */
  statistics?: List<Statistic>;

  /**
   * A list of `Tag`. On the wire: a link, `<link rel="tags" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<tags>` with one `<tag>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `tags` link)
   */
  tags?: List<Tag>;

  /**
   * A list of `DiskAttachment`. On the wire: a link, `<link rel="diskattachments" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<disk_attachments>` with one `<disk_attachment>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `disk_attachments` link)
   */
  diskAttachments?: List<DiskAttachment>;

  /**
   * `DynamicCpu`. On the wire: element `<dynamic_cpu>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `dynamic_cpu` link)
   */
  dynamicCpu?: DynamicCpu;

  /**
   * A list of `VmMediatedDevice`. On the wire: a link, `<link rel="mediateddevices" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<mediated_devices>` with one `<vm_mediated_device>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `mediated_devices` link)
   * @since API 4.5
   */
  mediatedDevices?: List<VmMediatedDevice>;

  /**
   * Creates a `vm` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VmInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.status = undefined;
      this.statusDetail = undefined;
      this.stopReason = undefined;
      this.startTime = undefined;
      this.stopTime = undefined;
      this.runOnce = undefined;
      this.payloads = undefined;
      this.fqdn = undefined;
      this.useLatestTemplateVersion = undefined;
      this.nextRunConfigurationExists = undefined;
      this.numaTuneMode = undefined;
      this.guestTimeZone = undefined;
      this.guestOperatingSystem = undefined;
      this.hasIllegalImages = undefined;
      this.type = undefined;
      this.memory = undefined;
      this.cpu = undefined;
      this.cpuShares = undefined;
      this.bios = undefined;
      this.os = undefined;
      this.creationTime = undefined;
      this.origin = undefined;
      this.stateless = undefined;
      this.deleteProtected = undefined;
      this.highAvailability = undefined;
      this.display = undefined;
      this.sso = undefined;
      this.rngDevice = undefined;
      this.console = undefined;
      this.domain = undefined;
      this.usb = undefined;
      this.soundcardEnabled = undefined;
      this.tunnelMigration = undefined;
      this.migrationDowntime = undefined;
      this.virtioScsi = undefined;
      this.serialNumber = undefined;
      this.startPaused = undefined;
      this.migration = undefined;
      this.io = undefined;
      this.customProperties = undefined;
      this.customEmulatedMachine = undefined;
      this.customCpuModel = undefined;
      this.timeZone = undefined;
      this.smallIcon = undefined;
      this.largeIcon = undefined;
      this.initialization = undefined;
      this.memoryPolicy = undefined;
      this.customCompatibilityVersion = undefined;
      this.lease = undefined;
      this.storageErrorResumeBehaviour = undefined;
      this.placementPolicy = undefined;
      this.multiQueuesEnabled = undefined;
      this.virtioScsiMultiQueuesEnabled = undefined;
      this.virtioScsiMultiQueues = undefined;
      this.tpmEnabled = undefined;
      this.autoPinningPolicy = undefined;
      this.cpuPinningPolicy = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.cluster = undefined;
      this.storageDomain = undefined;
      this.cpuProfile = undefined;
      this.quota = undefined;
      this.host = undefined;
      this.template = undefined;
      this.originalTemplate = undefined;
      this.instanceType = undefined;
      this.nics = undefined;
      this.snapshots = undefined;
      this.vmPool = undefined;
      this.cdroms = undefined;
      this.floppies = undefined;
      this.reportedDevices = undefined;
      this.watchdogs = undefined;
      this.permissions = undefined;
      this.externalHostProvider = undefined;
      this.affinityLabels = undefined;
      this.applications = undefined;
      this.graphicsConsoles = undefined;
      this.hostDevices = undefined;
      this.katelloErrata = undefined;
      this.numaNodes = undefined;
      this.sessions = undefined;
      this.statistics = undefined;
      this.tags = undefined;
      this.diskAttachments = undefined;
      this.dynamicCpu = undefined;
      this.mediatedDevices = undefined;
    }
  }
}

/**
 * A `vm` as the SDK accepts it: a {@link Vm} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm}
 */
export interface VmInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm}
   */
  href?: string;
  /**
   * `VmStatus` (`unassigned`, `down`, `up`, `powering_up`, `paused`, `migrating`, `unknown`, `not_responding`, `wait_for_launch`, `reboot_in_progress`, `saving_state`, `restoring_state`, `suspended`, `image_locked`, `powering_down`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `status` attribute)
   */
  status?: VmStatus | (string & {});
  /**
   * `string`. On the wire: element `<status_detail>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `status_detail` attribute)
   */
  statusDetail?: string;
  /**
   * `string`. On the wire: element `<stop_reason>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `stop_reason` attribute)
   */
  stopReason?: string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<start_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `start_time` attribute)
   */
  startTime?: Date | string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<stop_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `stop_time` attribute)
   */
  stopTime?: Date | string;
  /**
   * `boolean`. On the wire: element `<run_once>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `run_once` attribute)
   */
  runOnce?: boolean;
  /**
   * A list of `PayloadInit` (a `Payload` or a plain object). On the wire: element `<payloads>` with one `<payload>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `payloads` attribute)
   */
  payloads?: PayloadInit[];
  /**
   * `string`. On the wire: element `<fqdn>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `fqdn` attribute)
   */
  fqdn?: string;
  /**
   * `boolean`. On the wire: element `<use_latest_template_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `use_latest_template_version` attribute)
   */
  useLatestTemplateVersion?: boolean;
  /**
   * `boolean`. On the wire: element `<next_run_configuration_exists>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `next_run_configuration_exists` attribute)
   */
  nextRunConfigurationExists?: boolean;
  /**
   * `NumaTuneMode` (`strict`, `interleave`, `preferred`; another string is sent as it is). On the wire: element `<numa_tune_mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `numa_tune_mode` attribute)
   * @deprecated The API model marks it deprecated.
   */
  numaTuneMode?: NumaTuneMode | (string & {});
  /**
   * `TimeZoneInit` (a `TimeZone` or a plain object). On the wire: element `<guest_time_zone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `guest_time_zone` attribute)
   */
  guestTimeZone?: TimeZoneInit;
  /**
   * `GuestOperatingSystemInit` (a `GuestOperatingSystem` or a plain object). On the wire: element `<guest_operating_system>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `guest_operating_system` attribute)
   */
  guestOperatingSystem?: GuestOperatingSystemInit;
  /**
   * `boolean`. On the wire: element `<has_illegal_images>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `has_illegal_images` attribute)
   * @since API 4.1.9
   */
  hasIllegalImages?: boolean;
  /**
   * `VmType` (`desktop`, `server`, `high_performance`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `type` attribute)
   */
  type?: VmType | (string & {});
  /**
   * `number` (an integer). On the wire: element `<memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `memory` attribute)
   */
  memory?: number;
  /**
   * `CpuInit` (a `Cpu` or a plain object). On the wire: element `<cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `cpu` attribute)
   */
  cpu?: CpuInit;
  /**
   * `number` (an integer). On the wire: element `<cpu_shares>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `cpu_shares` attribute)
   */
  cpuShares?: number;
  /**
   * `BiosInit` (a `Bios` or a plain object). On the wire: element `<bios>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `bios` attribute)
   */
  bios?: BiosInit;
  /**
   * `OperatingSystemInit` (a `OperatingSystem` or a plain object). On the wire: element `<os>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `os` attribute)
   */
  os?: OperatingSystemInit;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<creation_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `creation_time` attribute)
   */
  creationTime?: Date | string;
  /**
   * `string`. On the wire: element `<origin>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `origin` attribute)
   */
  origin?: string;
  /**
   * `boolean`. On the wire: element `<stateless>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `stateless` attribute)
   */
  stateless?: boolean;
  /**
   * `boolean`. On the wire: element `<delete_protected>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `delete_protected` attribute)
   */
  deleteProtected?: boolean;
  /**
   * `HighAvailabilityInit` (a `HighAvailability` or a plain object). On the wire: element `<high_availability>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `high_availability` attribute)
   */
  highAvailability?: HighAvailabilityInit;
  /**
   * `DisplayInit` (a `Display` or a plain object). On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `display` attribute)
   */
  display?: DisplayInit;
  /**
   * `SsoInit` (a `Sso` or a plain object). On the wire: element `<sso>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `sso` attribute)
   */
  sso?: SsoInit;
  /**
   * `RngDeviceInit` (a `RngDevice` or a plain object). On the wire: element `<rng_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `rng_device` attribute)
   */
  rngDevice?: RngDeviceInit;
  /**
   * `ConsoleInit` (a `Console` or a plain object). On the wire: element `<console>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `console` attribute)
   */
  console?: ConsoleInit;
  /**
   * `DomainInit` (a `Domain` or a plain object). On the wire: element `<domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `domain` attribute)
   */
  domain?: DomainInit;
  /**
   * `UsbInit` (a `Usb` or a plain object). On the wire: element `<usb>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `usb` attribute)
   */
  usb?: UsbInit;
  /**
   * `boolean`. On the wire: element `<soundcard_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `soundcard_enabled` attribute)
   */
  soundcardEnabled?: boolean;
  /**
   * `boolean`. On the wire: element `<tunnel_migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `tunnel_migration` attribute)
   */
  tunnelMigration?: boolean;
  /**
   * `number` (an integer). On the wire: element `<migration_downtime>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `migration_downtime` attribute)
   */
  migrationDowntime?: number;
  /**
   * `VirtioScsiInit` (a `VirtioScsi` or a plain object). On the wire: element `<virtio_scsi>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `virtio_scsi` attribute)
   */
  virtioScsi?: VirtioScsiInit;
  /**
   * `SerialNumberInit` (a `SerialNumber` or a plain object). On the wire: element `<serial_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `serial_number` attribute)
   */
  serialNumber?: SerialNumberInit;
  /**
   * `boolean`. On the wire: element `<start_paused>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `start_paused` attribute)
   */
  startPaused?: boolean;
  /**
   * `MigrationOptionsInit` (a `MigrationOptions` or a plain object). On the wire: element `<migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `migration` attribute)
   */
  migration?: MigrationOptionsInit;
  /**
   * `IoInit` (a `Io` or a plain object). On the wire: element `<io>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `io` attribute)
   */
  io?: IoInit;
  /**
   * A list of `CustomPropertyInit` (a `CustomProperty` or a plain object). On the wire: element `<custom_properties>` with one `<custom_property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `custom_properties` attribute)
   */
  customProperties?: CustomPropertyInit[];
  /**
   * `string`. On the wire: element `<custom_emulated_machine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `custom_emulated_machine` attribute)
   */
  customEmulatedMachine?: string;
  /**
   * `string`. On the wire: element `<custom_cpu_model>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `custom_cpu_model` attribute)
   */
  customCpuModel?: string;
  /**
   * `TimeZoneInit` (a `TimeZone` or a plain object). On the wire: element `<time_zone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `time_zone` attribute)
   */
  timeZone?: TimeZoneInit;
  /**
   * `IconInit` (a `Icon` or a plain object). On the wire: element `<small_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `small_icon` attribute)
   */
  smallIcon?: IconInit;
  /**
   * `IconInit` (a `Icon` or a plain object). On the wire: element `<large_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `large_icon` attribute)
   */
  largeIcon?: IconInit;
  /**
   * `InitializationInit` (a `Initialization` or a plain object). On the wire: element `<initialization>`.
   *
   * Needed by:
   * - `VmsService.addFromConfiguration`: `vm.initialization.configuration.type`
   * - `VmsService.addFromConfiguration`: `vm.initialization.configuration.data`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `initialization` attribute)
   */
  initialization?: InitializationInit;
  /**
   * `MemoryPolicyInit` (a `MemoryPolicy` or a plain object). On the wire: element `<memory_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `memory_policy` attribute)
   */
  memoryPolicy?: MemoryPolicyInit;
  /**
   * `VersionInit` (a `Version` or a plain object). On the wire: element `<custom_compatibility_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `custom_compatibility_version` attribute)
   */
  customCompatibilityVersion?: VersionInit;
  /**
   * `StorageDomainLeaseInit` (a `StorageDomainLease` or a plain object). On the wire: element `<lease>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `lease` attribute)
   * @since API 4.1
   */
  lease?: StorageDomainLeaseInit;
  /**
   * `VmStorageErrorResumeBehaviour` (`leave_paused`, `auto_resume`, `kill`; another string is sent as it is). On the wire: element `<storage_error_resume_behaviour>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `storage_error_resume_behaviour` attribute)
   * @since API 4.2
   */
  storageErrorResumeBehaviour?: VmStorageErrorResumeBehaviour | (string & {});
  /**
   * `VmPlacementPolicyInit` (a `VmPlacementPolicy` or a plain object). On the wire: element `<placement_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `placement_policy` attribute)
   */
  placementPolicy?: VmPlacementPolicyInit;
  /**
   * `boolean`. On the wire: element `<multi_queues_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `multi_queues_enabled` attribute)
   * @since API 4.2.5
   */
  multiQueuesEnabled?: boolean;
  /**
   * `boolean`. On the wire: element `<virtio_scsi_multi_queues_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `virtio_scsi_multi_queues_enabled` attribute)
   * @since API 4.4.5
   */
  virtioScsiMultiQueuesEnabled?: boolean;
  /**
   * `number` (an integer). On the wire: element `<virtio_scsi_multi_queues>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `virtio_scsi_multi_queues` attribute)
   * @since API 4.4.8
   */
  virtioScsiMultiQueues?: number;
  /**
   * `boolean`. On the wire: element `<tpm_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `tpm_enabled` attribute)
   * @since API 4.4.5
   */
  tpmEnabled?: boolean;
  /**
   * `AutoPinningPolicy` (`disabled`, `existing`, `adjust`; another string is sent as it is). On the wire: element `<auto_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `auto_pinning_policy` attribute)
   * @since API 4.4.8
   * @deprecated The API model marks it deprecated.
   */
  autoPinningPolicy?: AutoPinningPolicy | (string & {});
  /**
   * `CpuPinningPolicy` (`none`, `manual`, `resize_and_pin_numa`, `dedicated`, `isolate_threads`; another string is sent as it is). On the wire: element `<cpu_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `cpu_pinning_policy` attribute)
   * @since API 4.5
   */
  cpuPinningPolicy?: CpuPinningPolicy | (string & {});
  /**
   * `string`. On the wire: XML attribute `id` of `<vm>`.
   *
   * Needed by:
   * - `AffinityGroupVmsService.add`: `vm.id` or `vm.name`
   * - `AssignedPermissionsService.addVmPermission`: `permission.vm.id`
   * - `TemplatesService.addFromVm`: `template.vm.id` or `template.vm.name`
   * - `TemplatesService.addFromVmSnapshot`: `template.vm.id` or `template.vm.name`
   * - `TemplatesService.add`: `template.vm.id` or `template.vm.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `AffinityGroupVmsService.add`: `vm.id` or `vm.name`
   * - `TemplatesService.addFromVm`: `template.vm.id` or `template.vm.name`
   * - `TemplatesService.addFromVmSnapshot`: `template.vm.id` or `template.vm.name`
   * - `TemplatesService.add`: `template.vm.id` or `template.vm.name`
   * - `VmService.clone`: `opts.vm.name`
   * - `VmsService.addFromScratch`: `vm.name`
   * - `VmsService.addFromSnapshot`: `vm.name`
   * - `VmsService.add`: `vm.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Needed by:
   * - `VmsService.addFromScratch`: `vm.cluster.id` or `vm.cluster.name`
   * - `VmsService.addFromSnapshot`: `vm.cluster.id` or `vm.cluster.name`
   * - `VmsService.addFromConfiguration`: `vm.cluster.id` or `vm.cluster.name`
   * - `VmsService.add`: `vm.cluster.id` or `vm.cluster.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `cluster` link)
   */
  cluster?: ClusterInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `storage_domain` link)
   */
  storageDomain?: StorageDomainInit;
  /**
   * `CpuProfileInit` (a `CpuProfile` or a plain object). On the wire: element `<cpu_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `cpu_profile` link)
   */
  cpuProfile?: CpuProfileInit;
  /**
   * `QuotaInit` (a `Quota` or a plain object). On the wire: element `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `quota` link)
   */
  quota?: QuotaInit;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `host` link)
   */
  host?: HostInit;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Needed by:
   * - `VmsService.addFromScratch`: `vm.template.id` or `vm.template.name`
   * - `VmsService.add`: `vm.template.id` or `vm.template.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `template` link)
   */
  template?: TemplateInit;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<original_template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `original_template` link)
   */
  originalTemplate?: TemplateInit;
  /**
   * `InstanceTypeInit` (a `InstanceType` or a plain object). On the wire: element `<instance_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `instance_type` link)
   */
  instanceType?: InstanceTypeInit;
  /**
   * A list of `NicInit` (a `Nic` or a plain object). On the wire: element `<nics>` with one `<nic>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `nics` link)
   */
  nics?: NicInit[];
  /**
   * A list of `SnapshotInit` (a `Snapshot` or a plain object). On the wire: element `<snapshots>` with one `<snapshot>` per item (a list read as a link and never fetched is not sent).
   *
   * Needed by:
   * - `TemplatesService.addFromVmSnapshot`: `template.vm.snapshots[].id`
   * - `VmsService.addFromSnapshot`: `vm.snapshots[].id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `snapshots` link)
   */
  snapshots?: SnapshotInit[];
  /**
   * `VmPoolInit` (a `VmPool` or a plain object). On the wire: element `<vm_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `vm_pool` link)
   */
  vmPool?: VmPoolInit;
  /**
   * A list of `CdromInit` (a `Cdrom` or a plain object). On the wire: element `<cdroms>` with one `<cdrom>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `cdroms` link)
   */
  cdroms?: CdromInit[];
  /**
   * A list of `FloppyInit` (a `Floppy` or a plain object). On the wire: element `<floppies>` with one `<floppy>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `floppies` link)
   */
  floppies?: FloppyInit[];
  /**
   * A list of `ReportedDeviceInit` (a `ReportedDevice` or a plain object). On the wire: element `<reported_devices>` with one `<reported_device>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `reported_devices` link)
   */
  reportedDevices?: ReportedDeviceInit[];
  /**
   * A list of `WatchdogInit` (a `Watchdog` or a plain object). On the wire: element `<watchdogs>` with one `<watchdog>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `watchdogs` link)
   */
  watchdogs?: WatchdogInit[];
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `permissions` link)
   */
  permissions?: PermissionInit[];
  /**
   * `ExternalHostProviderInit` (a `ExternalHostProvider` or a plain object). On the wire: element `<external_host_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `external_host_provider` link)
   */
  externalHostProvider?: ExternalHostProviderInit;
  /**
   * A list of `AffinityLabelInit` (a `AffinityLabel` or a plain object). On the wire: element `<affinity_labels>` with one `<affinity_label>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `affinity_labels` link)
   */
  affinityLabels?: AffinityLabelInit[];
  /**
   * A list of `ApplicationInit` (a `Application` or a plain object). On the wire: element `<applications>` with one `<application>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `applications` link)
   */
  applications?: ApplicationInit[];
  /**
   * A list of `GraphicsConsoleInit` (a `GraphicsConsole` or a plain object). On the wire: element `<graphics_consoles>` with one `<graphics_console>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `graphics_consoles` link)
   */
  graphicsConsoles?: GraphicsConsoleInit[];
  /**
   * A list of `HostDeviceInit` (a `HostDevice` or a plain object). On the wire: element `<host_devices>` with one `<host_device>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `host_devices` link)
   */
  hostDevices?: HostDeviceInit[];
  /**
   * A list of `KatelloErratumInit` (a `KatelloErratum` or a plain object). On the wire: element `<katello_errata>` with one `<katello_erratum>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `katello_errata` link)
   */
  katelloErrata?: KatelloErratumInit[];
  /**
   * A list of `NumaNodeInit` (a `NumaNode` or a plain object). On the wire: element `<host_numa_nodes>` with one `<host_numa_node>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `numa_nodes` link)
   */
  numaNodes?: NumaNodeInit[];
  /**
   * A list of `SessionInit` (a `Session` or a plain object). On the wire: element `<sessions>` with one `<session>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `sessions` link)
   */
  sessions?: SessionInit[];
  /**
   * A list of `StatisticInit` (a `Statistic` or a plain object). On the wire: element `<statistics>` with one `<statistic>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `statistics` link)
   */
  statistics?: StatisticInit[];
  /**
   * A list of `TagInit` (a `Tag` or a plain object). On the wire: element `<tags>` with one `<tag>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `tags` link)
   */
  tags?: TagInit[];
  /**
   * A list of `DiskAttachmentInit` (a `DiskAttachment` or a plain object). On the wire: element `<disk_attachments>` with one `<disk_attachment>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `disk_attachments` link)
   */
  diskAttachments?: DiskAttachmentInit[];
  /**
   * `DynamicCpuInit` (a `DynamicCpu` or a plain object). On the wire: element `<dynamic_cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `dynamic_cpu` link)
   */
  dynamicCpu?: DynamicCpuInit;
  /**
   * A list of `VmMediatedDeviceInit` (a `VmMediatedDevice` or a plain object). On the wire: element `<mediated_devices>` with one `<vm_mediated_device>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm | reference: vm} (its `mediated_devices` link)
   * @since API 4.5
   */
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
