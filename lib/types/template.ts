// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
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
import { GraphicsConsole } from './graphics-console';
import type { GraphicsConsoleInit } from './graphics-console';
import { HighAvailability } from './high-availability';
import type { HighAvailabilityInit } from './high-availability';
import { Icon } from './icon';
import type { IconInit } from './icon';
import { Initialization } from './initialization';
import type { InitializationInit } from './initialization';
import { Io } from './io';
import type { IoInit } from './io';
import { MemoryPolicy } from './memory-policy';
import type { MemoryPolicyInit } from './memory-policy';
import { MigrationOptions } from './migration-options';
import type { MigrationOptionsInit } from './migration-options';
import { Nic } from './nic';
import type { NicInit } from './nic';
import { OperatingSystem } from './operating-system';
import type { OperatingSystemInit } from './operating-system';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Quota } from './quota';
import type { QuotaInit } from './quota';
import { RngDevice } from './rng-device';
import type { RngDeviceInit } from './rng-device';
import { SerialNumber } from './serial-number';
import type { SerialNumberInit } from './serial-number';
import { Sso } from './sso';
import type { SsoInit } from './sso';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';
import { StorageDomainLease } from './storage-domain-lease';
import type { StorageDomainLeaseInit } from './storage-domain-lease';
import { Tag } from './tag';
import type { TagInit } from './tag';
import type { TemplateStatus } from './template-status';
import { TemplateVersion } from './template-version';
import type { TemplateVersionInit } from './template-version';
import { TimeZone } from './time-zone';
import type { TimeZoneInit } from './time-zone';
import { Usb } from './usb';
import type { UsbInit } from './usb';
import { Version } from './version';
import type { VersionInit } from './version';
import { VirtioScsi } from './virtio-scsi';
import type { VirtioScsiInit } from './virtio-scsi';
import { Vm } from './vm';
import type { VmInit } from './vm';
import { VmMediatedDevice } from './vm-mediated-device';
import type { VmMediatedDeviceInit } from './vm-mediated-device';
import { VmPlacementPolicy } from './vm-placement-policy';
import type { VmPlacementPolicyInit } from './vm-placement-policy';
import type { VmStorageErrorResumeBehaviour } from './vm-storage-error-resume-behaviour';
import type { VmType } from './vm-type';
import { Watchdog } from './watchdog';
import type { WatchdogInit } from './watchdog';

/**
 * The `template` type of the API, on the wire `<template>` (a list: `<templates>` with one `<template>` per item); 50 attributes and 12 links.
 *
 * Create one with `new Template({ ... })`, or pass a plain {@link TemplateInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template}
 */
export class Template extends Struct {
  /**
   * `TemplateStatus` (`illegal`, `locked`, `ok`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `status` attribute)
   */
  status?: TemplateStatus | (string & {});

  /**
   * `Vm`. On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `vm` attribute)
   */
  vm?: Vm;

  /**
   * `TemplateVersion`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `version` attribute)
   */
  version?: TemplateVersion;

  /**
   * `VmType` (`desktop`, `server`, `high_performance`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `type` attribute)
   */
  type?: VmType | (string & {});

  /**
   * `number` (an integer). On the wire: element `<memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `memory` attribute)
   */
  memory?: number;

  /**
   * `Cpu`. On the wire: element `<cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `cpu` attribute)
   */
  cpu?: Cpu;

  /**
   * `number` (an integer). On the wire: element `<cpu_shares>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `cpu_shares` attribute)
   */
  cpuShares?: number;

  /**
   * `Bios`. On the wire: element `<bios>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `bios` attribute)
   */
  bios?: Bios;

  /**
   * `OperatingSystem`. On the wire: element `<os>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `os` attribute)
   */
  os?: OperatingSystem;

  /**
   * `Date`. On the wire: element `<creation_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `creation_time` attribute)
   */
  creationTime?: Date;

  /**
   * `string`. On the wire: element `<origin>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `origin` attribute)
   */
  origin?: string;

  /**
   * `boolean`. On the wire: element `<stateless>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `stateless` attribute)
   */
  stateless?: boolean;

  /**
   * `boolean`. On the wire: element `<delete_protected>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `delete_protected` attribute)
   */
  deleteProtected?: boolean;

  /**
   * `HighAvailability`. On the wire: element `<high_availability>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `high_availability` attribute)
   */
  highAvailability?: HighAvailability;

  /**
   * `Display`. On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `display` attribute)
   */
  display?: Display;

  /**
   * `Sso`. On the wire: element `<sso>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `sso` attribute)
   */
  sso?: Sso;

  /**
   * `RngDevice`. On the wire: element `<rng_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `rng_device` attribute)
   */
  rngDevice?: RngDevice;

  /**
   * `Console`. On the wire: element `<console>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `console` attribute)
   */
  console?: Console;

  /**
   * `Domain`. On the wire: element `<domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `domain` attribute)
   */
  domain?: Domain;

  /**
   * `Usb`. On the wire: element `<usb>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `usb` attribute)
   */
  usb?: Usb;

  /**
   * `boolean`. On the wire: element `<soundcard_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `soundcard_enabled` attribute)
   */
  soundcardEnabled?: boolean;

  /**
   * `boolean`. On the wire: element `<tunnel_migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `tunnel_migration` attribute)
   */
  tunnelMigration?: boolean;

  /**
   * `number` (an integer). On the wire: element `<migration_downtime>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `migration_downtime` attribute)
   */
  migrationDowntime?: number;

  /**
   * `VirtioScsi`. On the wire: element `<virtio_scsi>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `virtio_scsi` attribute)
   */
  virtioScsi?: VirtioScsi;

  /**
   * `SerialNumber`. On the wire: element `<serial_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `serial_number` attribute)
   */
  serialNumber?: SerialNumber;

  /**
   * `boolean`. On the wire: element `<start_paused>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `start_paused` attribute)
   */
  startPaused?: boolean;

  /**
   * `MigrationOptions`. On the wire: element `<migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `migration` attribute)
   */
  migration?: MigrationOptions;

  /**
   * `Io`. On the wire: element `<io>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `io` attribute)
   */
  io?: Io;

  /**
   * A list of `CustomProperty`. On the wire: element `<custom_properties>` with one `<custom_property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `custom_properties` attribute)
   */
  customProperties?: List<CustomProperty>;

  /**
   * `string`. On the wire: element `<custom_emulated_machine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `custom_emulated_machine` attribute)
   */
  customEmulatedMachine?: string;

  /**
   * `string`. On the wire: element `<custom_cpu_model>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `custom_cpu_model` attribute)
   */
  customCpuModel?: string;

  /**
   * `TimeZone`. On the wire: element `<time_zone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `time_zone` attribute)
   */
  timeZone?: TimeZone;

  /**
   * `Icon`. On the wire: element `<small_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `small_icon` attribute)
   */
  smallIcon?: Icon;

  /**
   * `Icon`. On the wire: element `<large_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `large_icon` attribute)
   */
  largeIcon?: Icon;

  /**
   * `Initialization`. On the wire: element `<initialization>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `initialization` attribute)
   */
  initialization?: Initialization;

  /**
   * `MemoryPolicy`. On the wire: element `<memory_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `memory_policy` attribute)
   */
  memoryPolicy?: MemoryPolicy;

  /**
   * `Version`. On the wire: element `<custom_compatibility_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `custom_compatibility_version` attribute)
   */
  customCompatibilityVersion?: Version;

  /**
   * `StorageDomainLease`. On the wire: element `<lease>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `lease` attribute)
   * @since API 4.1
   */
  lease?: StorageDomainLease;

  /**
   * `VmStorageErrorResumeBehaviour` (`leave_paused`, `auto_resume`, `kill`; or another string, from a newer engine). On the wire: element `<storage_error_resume_behaviour>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `storage_error_resume_behaviour` attribute)
   * @since API 4.2
   */
  storageErrorResumeBehaviour?: VmStorageErrorResumeBehaviour | (string & {});

  /**
   * `VmPlacementPolicy`. On the wire: element `<placement_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `placement_policy` attribute)
   */
  placementPolicy?: VmPlacementPolicy;

  /**
   * `boolean`. On the wire: element `<multi_queues_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `multi_queues_enabled` attribute)
   * @since API 4.2.5
   */
  multiQueuesEnabled?: boolean;

  /**
   * `boolean`. On the wire: element `<virtio_scsi_multi_queues_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `virtio_scsi_multi_queues_enabled` attribute)
   * @since API 4.4.5
   */
  virtioScsiMultiQueuesEnabled?: boolean;

  /**
   * `number` (an integer). On the wire: element `<virtio_scsi_multi_queues>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `virtio_scsi_multi_queues` attribute)
   * @since API 4.4.8
   */
  virtioScsiMultiQueues?: number;

  /**
   * `boolean`. On the wire: element `<tpm_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `tpm_enabled` attribute)
   * @since API 4.4.5
   */
  tpmEnabled?: boolean;

  /**
   * `AutoPinningPolicy` (`disabled`, `existing`, `adjust`; or another string, from a newer engine). On the wire: element `<auto_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `auto_pinning_policy` attribute)
   * @since API 4.4.8
   * @deprecated The API model marks it deprecated.
   */
  autoPinningPolicy?: AutoPinningPolicy | (string & {});

  /**
   * `CpuPinningPolicy` (`none`, `manual`, `resize_and_pin_numa`, `dedicated`, `isolate_threads`; or another string, from a newer engine). On the wire: element `<cpu_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `cpu_pinning_policy` attribute)
   * @since API 4.5
   */
  cpuPinningPolicy?: CpuPinningPolicy | (string & {});

  /**
   * `string`. On the wire: XML attribute `id` of `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `storage_domain` link)
   */
  storageDomain?: StorageDomain;

  /**
   * `CpuProfile`. On the wire: element `<cpu_profile>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `cpu_profile` link)
   */
  cpuProfile?: CpuProfile;

  /**
   * `Quota`. On the wire: element `<quota>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `quota` link)
   */
  quota?: Quota;

  /**
   * A list of `Cdrom`. On the wire: a link, `<link rel="cdroms" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<cdroms>` with one `<cdrom>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `cdroms` link)
   */
  cdroms?: List<Cdrom>;

  /**
   * A list of `GraphicsConsole`. On the wire: a link, `<link rel="graphicsconsoles" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<graphics_consoles>` with one `<graphics_console>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `graphics_consoles` link)
   */
  graphicsConsoles?: List<GraphicsConsole>;

  /**
   * A list of `Nic`. On the wire: a link, `<link rel="nics" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<nics>` with one `<nic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `nics` link)
   */
  nics?: List<Nic>;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * A list of `Tag`. On the wire: a link, `<link rel="tags" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<tags>` with one `<tag>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `tags` link)
   */
  tags?: List<Tag>;

  /**
   * A list of `Watchdog`. On the wire: a link, `<link rel="watchdogs" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<watchdogs>` with one `<watchdog>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `watchdogs` link)
   */
  watchdogs?: List<Watchdog>;

  /**
   * A list of `DiskAttachment`. On the wire: a link, `<link rel="diskattachments" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<disk_attachments>` with one `<disk_attachment>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `disk_attachments` link)
   */
  diskAttachments?: List<DiskAttachment>;

  /**
   * A list of `VmMediatedDevice`. On the wire: a link, `<link rel="mediateddevices" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<mediated_devices>` with one `<vm_mediated_device>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `mediated_devices` link)
   * @since API 4.5
   */
  mediatedDevices?: List<VmMediatedDevice>;

  /**
   * Creates a `template` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: TemplateInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.status = undefined;
      this.vm = undefined;
      this.version = undefined;
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
      this.cdroms = undefined;
      this.graphicsConsoles = undefined;
      this.nics = undefined;
      this.permissions = undefined;
      this.tags = undefined;
      this.watchdogs = undefined;
      this.diskAttachments = undefined;
      this.mediatedDevices = undefined;
    }
  }
}

/**
 * A `template` as the SDK accepts it: a {@link Template} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template}
 */
export interface TemplateInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template}
   */
  href?: string;
  /**
   * `TemplateStatus` (`illegal`, `locked`, `ok`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `status` attribute)
   */
  status?: TemplateStatus | (string & {});
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Needed by:
   * - `TemplatesService.addFromVm`: `template.vm.id` or `template.vm.name`
   * - `TemplatesService.addFromVmSnapshot`: `template.vm.id` or `template.vm.name`
   * - `TemplatesService.addFromVmSnapshot`: `template.vm.snapshots[].id`
   * - `TemplatesService.add`: `template.vm.id` or `template.vm.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `vm` attribute)
   */
  vm?: VmInit;
  /**
   * `TemplateVersionInit` (a `TemplateVersion` or a plain object). On the wire: element `<version>`.
   *
   * Needed by:
   * - `TemplatesService.addFromVm`: `template.version.baseTemplate.id` when `template.version` is given
   * - `TemplatesService.addFromVmSnapshot`: `template.version.baseTemplate.id` when `template.version` is given
   * - `TemplatesService.add`: `template.version.baseTemplate.id` when `template.version` is given
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `version` attribute)
   */
  version?: TemplateVersionInit;
  /**
   * `VmType` (`desktop`, `server`, `high_performance`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `type` attribute)
   */
  type?: VmType | (string & {});
  /**
   * `number` (an integer). On the wire: element `<memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `memory` attribute)
   */
  memory?: number;
  /**
   * `CpuInit` (a `Cpu` or a plain object). On the wire: element `<cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `cpu` attribute)
   */
  cpu?: CpuInit;
  /**
   * `number` (an integer). On the wire: element `<cpu_shares>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `cpu_shares` attribute)
   */
  cpuShares?: number;
  /**
   * `BiosInit` (a `Bios` or a plain object). On the wire: element `<bios>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `bios` attribute)
   */
  bios?: BiosInit;
  /**
   * `OperatingSystemInit` (a `OperatingSystem` or a plain object). On the wire: element `<os>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `os` attribute)
   */
  os?: OperatingSystemInit;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<creation_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `creation_time` attribute)
   */
  creationTime?: Date | string;
  /**
   * `string`. On the wire: element `<origin>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `origin` attribute)
   */
  origin?: string;
  /**
   * `boolean`. On the wire: element `<stateless>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `stateless` attribute)
   */
  stateless?: boolean;
  /**
   * `boolean`. On the wire: element `<delete_protected>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `delete_protected` attribute)
   */
  deleteProtected?: boolean;
  /**
   * `HighAvailabilityInit` (a `HighAvailability` or a plain object). On the wire: element `<high_availability>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `high_availability` attribute)
   */
  highAvailability?: HighAvailabilityInit;
  /**
   * `DisplayInit` (a `Display` or a plain object). On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `display` attribute)
   */
  display?: DisplayInit;
  /**
   * `SsoInit` (a `Sso` or a plain object). On the wire: element `<sso>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `sso` attribute)
   */
  sso?: SsoInit;
  /**
   * `RngDeviceInit` (a `RngDevice` or a plain object). On the wire: element `<rng_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `rng_device` attribute)
   */
  rngDevice?: RngDeviceInit;
  /**
   * `ConsoleInit` (a `Console` or a plain object). On the wire: element `<console>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `console` attribute)
   */
  console?: ConsoleInit;
  /**
   * `DomainInit` (a `Domain` or a plain object). On the wire: element `<domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `domain` attribute)
   */
  domain?: DomainInit;
  /**
   * `UsbInit` (a `Usb` or a plain object). On the wire: element `<usb>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `usb` attribute)
   */
  usb?: UsbInit;
  /**
   * `boolean`. On the wire: element `<soundcard_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `soundcard_enabled` attribute)
   */
  soundcardEnabled?: boolean;
  /**
   * `boolean`. On the wire: element `<tunnel_migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `tunnel_migration` attribute)
   */
  tunnelMigration?: boolean;
  /**
   * `number` (an integer). On the wire: element `<migration_downtime>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `migration_downtime` attribute)
   */
  migrationDowntime?: number;
  /**
   * `VirtioScsiInit` (a `VirtioScsi` or a plain object). On the wire: element `<virtio_scsi>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `virtio_scsi` attribute)
   */
  virtioScsi?: VirtioScsiInit;
  /**
   * `SerialNumberInit` (a `SerialNumber` or a plain object). On the wire: element `<serial_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `serial_number` attribute)
   */
  serialNumber?: SerialNumberInit;
  /**
   * `boolean`. On the wire: element `<start_paused>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `start_paused` attribute)
   */
  startPaused?: boolean;
  /**
   * `MigrationOptionsInit` (a `MigrationOptions` or a plain object). On the wire: element `<migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `migration` attribute)
   */
  migration?: MigrationOptionsInit;
  /**
   * `IoInit` (a `Io` or a plain object). On the wire: element `<io>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `io` attribute)
   */
  io?: IoInit;
  /**
   * A list of `CustomPropertyInit` (a `CustomProperty` or a plain object). On the wire: element `<custom_properties>` with one `<custom_property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `custom_properties` attribute)
   */
  customProperties?: CustomPropertyInit[];
  /**
   * `string`. On the wire: element `<custom_emulated_machine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `custom_emulated_machine` attribute)
   */
  customEmulatedMachine?: string;
  /**
   * `string`. On the wire: element `<custom_cpu_model>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `custom_cpu_model` attribute)
   */
  customCpuModel?: string;
  /**
   * `TimeZoneInit` (a `TimeZone` or a plain object). On the wire: element `<time_zone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `time_zone` attribute)
   */
  timeZone?: TimeZoneInit;
  /**
   * `IconInit` (a `Icon` or a plain object). On the wire: element `<small_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `small_icon` attribute)
   */
  smallIcon?: IconInit;
  /**
   * `IconInit` (a `Icon` or a plain object). On the wire: element `<large_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `large_icon` attribute)
   */
  largeIcon?: IconInit;
  /**
   * `InitializationInit` (a `Initialization` or a plain object). On the wire: element `<initialization>`.
   *
   * Needed by:
   * - `TemplatesService.addFromConfiguration`: `template.initialization.configuration.data`
   * - `TemplatesService.addFromConfiguration`: `template.initialization.configuration.type`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `initialization` attribute)
   */
  initialization?: InitializationInit;
  /**
   * `MemoryPolicyInit` (a `MemoryPolicy` or a plain object). On the wire: element `<memory_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `memory_policy` attribute)
   */
  memoryPolicy?: MemoryPolicyInit;
  /**
   * `VersionInit` (a `Version` or a plain object). On the wire: element `<custom_compatibility_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `custom_compatibility_version` attribute)
   */
  customCompatibilityVersion?: VersionInit;
  /**
   * `StorageDomainLeaseInit` (a `StorageDomainLease` or a plain object). On the wire: element `<lease>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `lease` attribute)
   * @since API 4.1
   */
  lease?: StorageDomainLeaseInit;
  /**
   * `VmStorageErrorResumeBehaviour` (`leave_paused`, `auto_resume`, `kill`; another string is sent as it is). On the wire: element `<storage_error_resume_behaviour>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `storage_error_resume_behaviour` attribute)
   * @since API 4.2
   */
  storageErrorResumeBehaviour?: VmStorageErrorResumeBehaviour | (string & {});
  /**
   * `VmPlacementPolicyInit` (a `VmPlacementPolicy` or a plain object). On the wire: element `<placement_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `placement_policy` attribute)
   */
  placementPolicy?: VmPlacementPolicyInit;
  /**
   * `boolean`. On the wire: element `<multi_queues_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `multi_queues_enabled` attribute)
   * @since API 4.2.5
   */
  multiQueuesEnabled?: boolean;
  /**
   * `boolean`. On the wire: element `<virtio_scsi_multi_queues_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `virtio_scsi_multi_queues_enabled` attribute)
   * @since API 4.4.5
   */
  virtioScsiMultiQueuesEnabled?: boolean;
  /**
   * `number` (an integer). On the wire: element `<virtio_scsi_multi_queues>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `virtio_scsi_multi_queues` attribute)
   * @since API 4.4.8
   */
  virtioScsiMultiQueues?: number;
  /**
   * `boolean`. On the wire: element `<tpm_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `tpm_enabled` attribute)
   * @since API 4.4.5
   */
  tpmEnabled?: boolean;
  /**
   * `AutoPinningPolicy` (`disabled`, `existing`, `adjust`; another string is sent as it is). On the wire: element `<auto_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `auto_pinning_policy` attribute)
   * @since API 4.4.8
   * @deprecated The API model marks it deprecated.
   */
  autoPinningPolicy?: AutoPinningPolicy | (string & {});
  /**
   * `CpuPinningPolicy` (`none`, `manual`, `resize_and_pin_numa`, `dedicated`, `isolate_threads`; another string is sent as it is). On the wire: element `<cpu_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `cpu_pinning_policy` attribute)
   * @since API 4.5
   */
  cpuPinningPolicy?: CpuPinningPolicy | (string & {});
  /**
   * `string`. On the wire: XML attribute `id` of `<template>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addTemplatePermission`: `permission.template.id`
   * - `TemplatesService.addFromVm`: `template.version.baseTemplate.id` when `template.version` is given
   * - `TemplatesService.addFromVmSnapshot`: `template.version.baseTemplate.id` when `template.version` is given
   * - `TemplatesService.add`: `template.version.baseTemplate.id` when `template.version` is given
   * - `VmPoolsService.add`: `pool.template.id` or `pool.template.name`
   * - `VmsService.addFromScratch`: `vm.template.id` or `vm.template.name`
   * - `VmsService.add`: `vm.template.id` or `vm.template.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `TemplatesService.addFromVm`: `template.name`
   * - `TemplatesService.addFromVmSnapshot`: `template.name`
   * - `TemplatesService.add`: `template.name`
   * - `VmPoolsService.add`: `pool.template.id` or `pool.template.name`
   * - `VmsService.addFromScratch`: `vm.template.id` or `vm.template.name`
   * - `VmsService.add`: `vm.template.id` or `vm.template.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Needed by:
   * - `TemplatesService.addFromConfiguration`: `template.cluster.id` or `template.cluster.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `cluster` link)
   */
  cluster?: ClusterInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `storage_domain` link)
   */
  storageDomain?: StorageDomainInit;
  /**
   * `CpuProfileInit` (a `CpuProfile` or a plain object). On the wire: element `<cpu_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `cpu_profile` link)
   */
  cpuProfile?: CpuProfileInit;
  /**
   * `QuotaInit` (a `Quota` or a plain object). On the wire: element `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `quota` link)
   */
  quota?: QuotaInit;
  /**
   * A list of `CdromInit` (a `Cdrom` or a plain object). On the wire: element `<cdroms>` with one `<cdrom>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `cdroms` link)
   */
  cdroms?: CdromInit[];
  /**
   * A list of `GraphicsConsoleInit` (a `GraphicsConsole` or a plain object). On the wire: element `<graphics_consoles>` with one `<graphics_console>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `graphics_consoles` link)
   */
  graphicsConsoles?: GraphicsConsoleInit[];
  /**
   * A list of `NicInit` (a `Nic` or a plain object). On the wire: element `<nics>` with one `<nic>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `nics` link)
   */
  nics?: NicInit[];
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `permissions` link)
   */
  permissions?: PermissionInit[];
  /**
   * A list of `TagInit` (a `Tag` or a plain object). On the wire: element `<tags>` with one `<tag>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `tags` link)
   */
  tags?: TagInit[];
  /**
   * A list of `WatchdogInit` (a `Watchdog` or a plain object). On the wire: element `<watchdogs>` with one `<watchdog>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `watchdogs` link)
   */
  watchdogs?: WatchdogInit[];
  /**
   * A list of `DiskAttachmentInit` (a `DiskAttachment` or a plain object). On the wire: element `<disk_attachments>` with one `<disk_attachment>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `disk_attachments` link)
   */
  diskAttachments?: DiskAttachmentInit[];
  /**
   * A list of `VmMediatedDeviceInit` (a `VmMediatedDevice` or a plain object). On the wire: element `<mediated_devices>` with one `<vm_mediated_device>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/template | reference: template} (its `mediated_devices` link)
   * @since API 4.5
   */
  mediatedDevices?: VmMediatedDeviceInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Template, () => ({
  href: VALUE,
  status: VALUE,
  vm: Vm,
  version: TemplateVersion,
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
  cdroms: [Cdrom],
  graphicsConsoles: [GraphicsConsole],
  nics: [Nic],
  permissions: [Permission],
  tags: [Tag],
  watchdogs: [Watchdog],
  diskAttachments: [DiskAttachment],
  mediatedDevices: [VmMediatedDevice],
}));
