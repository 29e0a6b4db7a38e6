// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { AutoPinningPolicy } from './auto-pinning-policy';
import { Bios } from './bios';
import type { BiosInit } from './bios';
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
import { Display } from './display';
import type { DisplayInit } from './display';
import { Domain } from './domain';
import type { DomainInit } from './domain';
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
import { OperatingSystem } from './operating-system';
import type { OperatingSystemInit } from './operating-system';
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
import { TimeZone } from './time-zone';
import type { TimeZoneInit } from './time-zone';
import { Usb } from './usb';
import type { UsbInit } from './usb';
import { Version } from './version';
import type { VersionInit } from './version';
import { VirtioScsi } from './virtio-scsi';
import type { VirtioScsiInit } from './virtio-scsi';
import { VmPlacementPolicy } from './vm-placement-policy';
import type { VmPlacementPolicyInit } from './vm-placement-policy';
import type { VmStorageErrorResumeBehaviour } from './vm-storage-error-resume-behaviour';
import type { VmType } from './vm-type';

/**
 * The `vm_base` type of the API, on the wire `<vm_base>` (a list: `<vm_bases>` with one `<vm_base>` per item); 47 attributes and 4 links.
 *
 * Create one with `new VmBase({ ... })`, or pass a plain {@link VmBaseInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base}
 */
export class VmBase extends Struct {
  /**
   * `VmType` (`desktop`, `server`, `high_performance`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `type` attribute)
   */
  type?: VmType | (string & {});

  /**
   * `number` (an integer). On the wire: element `<memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `memory` attribute)
   */
  memory?: number;

  /**
   * `Cpu`. On the wire: element `<cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `cpu` attribute)
   */
  cpu?: Cpu;

  /**
   * `number` (an integer). On the wire: element `<cpu_shares>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `cpu_shares` attribute)
   */
  cpuShares?: number;

  /**
   * `Bios`. On the wire: element `<bios>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `bios` attribute)
   */
  bios?: Bios;

  /**
   * `OperatingSystem`. On the wire: element `<os>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `os` attribute)
   */
  os?: OperatingSystem;

  /**
   * `Date`. On the wire: element `<creation_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `creation_time` attribute)
   */
  creationTime?: Date;

  /**
   * `string`. On the wire: element `<origin>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `origin` attribute)
   */
  origin?: string;

  /**
   * `boolean`. On the wire: element `<stateless>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `stateless` attribute)
   */
  stateless?: boolean;

  /**
   * `boolean`. On the wire: element `<delete_protected>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `delete_protected` attribute)
   */
  deleteProtected?: boolean;

  /**
   * `HighAvailability`. On the wire: element `<high_availability>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `high_availability` attribute)
   */
  highAvailability?: HighAvailability;

  /**
   * `Display`. On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `display` attribute)
   */
  display?: Display;

  /**
   * `Sso`. On the wire: element `<sso>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `sso` attribute)
   */
  sso?: Sso;

  /**
   * `RngDevice`. On the wire: element `<rng_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `rng_device` attribute)
   */
  rngDevice?: RngDevice;

  /**
   * `Console`. On the wire: element `<console>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `console` attribute)
   */
  console?: Console;

  /**
   * `Domain`. On the wire: element `<domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `domain` attribute)
   */
  domain?: Domain;

  /**
   * `Usb`. On the wire: element `<usb>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `usb` attribute)
   */
  usb?: Usb;

  /**
   * `boolean`. On the wire: element `<soundcard_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `soundcard_enabled` attribute)
   */
  soundcardEnabled?: boolean;

  /**
   * `boolean`. On the wire: element `<tunnel_migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `tunnel_migration` attribute)
   */
  tunnelMigration?: boolean;

  /**
   * `number` (an integer). On the wire: element `<migration_downtime>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `migration_downtime` attribute)
   */
  migrationDowntime?: number;

  /**
   * `VirtioScsi`. On the wire: element `<virtio_scsi>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `virtio_scsi` attribute)
   */
  virtioScsi?: VirtioScsi;

  /**
   * `SerialNumber`. On the wire: element `<serial_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `serial_number` attribute)
   */
  serialNumber?: SerialNumber;

  /**
   * `boolean`. On the wire: element `<start_paused>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `start_paused` attribute)
   */
  startPaused?: boolean;

  /**
   * `MigrationOptions`. On the wire: element `<migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `migration` attribute)
   */
  migration?: MigrationOptions;

  /**
   * `Io`. On the wire: element `<io>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `io` attribute)
   */
  io?: Io;

  /**
   * A list of `CustomProperty`. On the wire: element `<custom_properties>` with one `<custom_property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `custom_properties` attribute)
   */
  customProperties?: List<CustomProperty>;

  /**
   * `string`. On the wire: element `<custom_emulated_machine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `custom_emulated_machine` attribute)
   */
  customEmulatedMachine?: string;

  /**
   * `string`. On the wire: element `<custom_cpu_model>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `custom_cpu_model` attribute)
   */
  customCpuModel?: string;

  /**
   * `TimeZone`. On the wire: element `<time_zone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `time_zone` attribute)
   */
  timeZone?: TimeZone;

  /**
   * `Icon`. On the wire: element `<small_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `small_icon` attribute)
   */
  smallIcon?: Icon;

  /**
   * `Icon`. On the wire: element `<large_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `large_icon` attribute)
   */
  largeIcon?: Icon;

  /**
   * `Initialization`. On the wire: element `<initialization>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `initialization` attribute)
   */
  initialization?: Initialization;

  /**
   * `MemoryPolicy`. On the wire: element `<memory_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `memory_policy` attribute)
   */
  memoryPolicy?: MemoryPolicy;

  /**
   * `Version`. On the wire: element `<custom_compatibility_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `custom_compatibility_version` attribute)
   */
  customCompatibilityVersion?: Version;

  /**
   * `StorageDomainLease`. On the wire: element `<lease>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `lease` attribute)
   * @since API 4.1
   */
  lease?: StorageDomainLease;

  /**
   * `VmStorageErrorResumeBehaviour` (`leave_paused`, `auto_resume`, `kill`; or another string, from a newer engine). On the wire: element `<storage_error_resume_behaviour>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `storage_error_resume_behaviour` attribute)
   * @since API 4.2
   */
  storageErrorResumeBehaviour?: VmStorageErrorResumeBehaviour | (string & {});

  /**
   * `VmPlacementPolicy`. On the wire: element `<placement_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `placement_policy` attribute)
   */
  placementPolicy?: VmPlacementPolicy;

  /**
   * `boolean`. On the wire: element `<multi_queues_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `multi_queues_enabled` attribute)
   * @since API 4.2.5
   */
  multiQueuesEnabled?: boolean;

  /**
   * `boolean`. On the wire: element `<virtio_scsi_multi_queues_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `virtio_scsi_multi_queues_enabled` attribute)
   * @since API 4.4.5
   */
  virtioScsiMultiQueuesEnabled?: boolean;

  /**
   * `number` (an integer). On the wire: element `<virtio_scsi_multi_queues>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `virtio_scsi_multi_queues` attribute)
   * @since API 4.4.8
   */
  virtioScsiMultiQueues?: number;

  /**
   * `boolean`. On the wire: element `<tpm_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `tpm_enabled` attribute)
   * @since API 4.4.5
   */
  tpmEnabled?: boolean;

  /**
   * `AutoPinningPolicy` (`disabled`, `existing`, `adjust`; or another string, from a newer engine). On the wire: element `<auto_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `auto_pinning_policy` attribute)
   * @since API 4.4.8
   * @deprecated The API model marks it deprecated.
   */
  autoPinningPolicy?: AutoPinningPolicy | (string & {});

  /**
   * `CpuPinningPolicy` (`none`, `manual`, `resize_and_pin_numa`, `dedicated`, `isolate_threads`; or another string, from a newer engine). On the wire: element `<cpu_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `cpu_pinning_policy` attribute)
   * @since API 4.5
   */
  cpuPinningPolicy?: CpuPinningPolicy | (string & {});

  /**
   * `string`. On the wire: XML attribute `id` of `<vm_base>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `storage_domain` link)
   */
  storageDomain?: StorageDomain;

  /**
   * `CpuProfile`. On the wire: element `<cpu_profile>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `cpu_profile` link)
   */
  cpuProfile?: CpuProfile;

  /**
   * `Quota`. On the wire: element `<quota>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `quota` link)
   */
  quota?: Quota;

  /**
   * Creates a `vm_base` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VmBaseInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
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
    }
  }
}

/**
 * A `vm_base` as the SDK accepts it: a {@link VmBase} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base}
 */
export interface VmBaseInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<vm_base>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base}
   */
  href?: string;
  /**
   * `VmType` (`desktop`, `server`, `high_performance`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `type` attribute)
   */
  type?: VmType | (string & {});
  /**
   * `number` (an integer). On the wire: element `<memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `memory` attribute)
   */
  memory?: number;
  /**
   * `CpuInit` (a `Cpu` or a plain object). On the wire: element `<cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `cpu` attribute)
   */
  cpu?: CpuInit;
  /**
   * `number` (an integer). On the wire: element `<cpu_shares>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `cpu_shares` attribute)
   */
  cpuShares?: number;
  /**
   * `BiosInit` (a `Bios` or a plain object). On the wire: element `<bios>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `bios` attribute)
   */
  bios?: BiosInit;
  /**
   * `OperatingSystemInit` (a `OperatingSystem` or a plain object). On the wire: element `<os>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `os` attribute)
   */
  os?: OperatingSystemInit;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<creation_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `creation_time` attribute)
   */
  creationTime?: Date | string;
  /**
   * `string`. On the wire: element `<origin>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `origin` attribute)
   */
  origin?: string;
  /**
   * `boolean`. On the wire: element `<stateless>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `stateless` attribute)
   */
  stateless?: boolean;
  /**
   * `boolean`. On the wire: element `<delete_protected>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `delete_protected` attribute)
   */
  deleteProtected?: boolean;
  /**
   * `HighAvailabilityInit` (a `HighAvailability` or a plain object). On the wire: element `<high_availability>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `high_availability` attribute)
   */
  highAvailability?: HighAvailabilityInit;
  /**
   * `DisplayInit` (a `Display` or a plain object). On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `display` attribute)
   */
  display?: DisplayInit;
  /**
   * `SsoInit` (a `Sso` or a plain object). On the wire: element `<sso>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `sso` attribute)
   */
  sso?: SsoInit;
  /**
   * `RngDeviceInit` (a `RngDevice` or a plain object). On the wire: element `<rng_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `rng_device` attribute)
   */
  rngDevice?: RngDeviceInit;
  /**
   * `ConsoleInit` (a `Console` or a plain object). On the wire: element `<console>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `console` attribute)
   */
  console?: ConsoleInit;
  /**
   * `DomainInit` (a `Domain` or a plain object). On the wire: element `<domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `domain` attribute)
   */
  domain?: DomainInit;
  /**
   * `UsbInit` (a `Usb` or a plain object). On the wire: element `<usb>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `usb` attribute)
   */
  usb?: UsbInit;
  /**
   * `boolean`. On the wire: element `<soundcard_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `soundcard_enabled` attribute)
   */
  soundcardEnabled?: boolean;
  /**
   * `boolean`. On the wire: element `<tunnel_migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `tunnel_migration` attribute)
   */
  tunnelMigration?: boolean;
  /**
   * `number` (an integer). On the wire: element `<migration_downtime>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `migration_downtime` attribute)
   */
  migrationDowntime?: number;
  /**
   * `VirtioScsiInit` (a `VirtioScsi` or a plain object). On the wire: element `<virtio_scsi>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `virtio_scsi` attribute)
   */
  virtioScsi?: VirtioScsiInit;
  /**
   * `SerialNumberInit` (a `SerialNumber` or a plain object). On the wire: element `<serial_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `serial_number` attribute)
   */
  serialNumber?: SerialNumberInit;
  /**
   * `boolean`. On the wire: element `<start_paused>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `start_paused` attribute)
   */
  startPaused?: boolean;
  /**
   * `MigrationOptionsInit` (a `MigrationOptions` or a plain object). On the wire: element `<migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `migration` attribute)
   */
  migration?: MigrationOptionsInit;
  /**
   * `IoInit` (a `Io` or a plain object). On the wire: element `<io>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `io` attribute)
   */
  io?: IoInit;
  /**
   * A list of `CustomPropertyInit` (a `CustomProperty` or a plain object). On the wire: element `<custom_properties>` with one `<custom_property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `custom_properties` attribute)
   */
  customProperties?: CustomPropertyInit[];
  /**
   * `string`. On the wire: element `<custom_emulated_machine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `custom_emulated_machine` attribute)
   */
  customEmulatedMachine?: string;
  /**
   * `string`. On the wire: element `<custom_cpu_model>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `custom_cpu_model` attribute)
   */
  customCpuModel?: string;
  /**
   * `TimeZoneInit` (a `TimeZone` or a plain object). On the wire: element `<time_zone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `time_zone` attribute)
   */
  timeZone?: TimeZoneInit;
  /**
   * `IconInit` (a `Icon` or a plain object). On the wire: element `<small_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `small_icon` attribute)
   */
  smallIcon?: IconInit;
  /**
   * `IconInit` (a `Icon` or a plain object). On the wire: element `<large_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `large_icon` attribute)
   */
  largeIcon?: IconInit;
  /**
   * `InitializationInit` (a `Initialization` or a plain object). On the wire: element `<initialization>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `initialization` attribute)
   */
  initialization?: InitializationInit;
  /**
   * `MemoryPolicyInit` (a `MemoryPolicy` or a plain object). On the wire: element `<memory_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `memory_policy` attribute)
   */
  memoryPolicy?: MemoryPolicyInit;
  /**
   * `VersionInit` (a `Version` or a plain object). On the wire: element `<custom_compatibility_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `custom_compatibility_version` attribute)
   */
  customCompatibilityVersion?: VersionInit;
  /**
   * `StorageDomainLeaseInit` (a `StorageDomainLease` or a plain object). On the wire: element `<lease>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `lease` attribute)
   * @since API 4.1
   */
  lease?: StorageDomainLeaseInit;
  /**
   * `VmStorageErrorResumeBehaviour` (`leave_paused`, `auto_resume`, `kill`; another string is sent as it is). On the wire: element `<storage_error_resume_behaviour>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `storage_error_resume_behaviour` attribute)
   * @since API 4.2
   */
  storageErrorResumeBehaviour?: VmStorageErrorResumeBehaviour | (string & {});
  /**
   * `VmPlacementPolicyInit` (a `VmPlacementPolicy` or a plain object). On the wire: element `<placement_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `placement_policy` attribute)
   */
  placementPolicy?: VmPlacementPolicyInit;
  /**
   * `boolean`. On the wire: element `<multi_queues_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `multi_queues_enabled` attribute)
   * @since API 4.2.5
   */
  multiQueuesEnabled?: boolean;
  /**
   * `boolean`. On the wire: element `<virtio_scsi_multi_queues_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `virtio_scsi_multi_queues_enabled` attribute)
   * @since API 4.4.5
   */
  virtioScsiMultiQueuesEnabled?: boolean;
  /**
   * `number` (an integer). On the wire: element `<virtio_scsi_multi_queues>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `virtio_scsi_multi_queues` attribute)
   * @since API 4.4.8
   */
  virtioScsiMultiQueues?: number;
  /**
   * `boolean`. On the wire: element `<tpm_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `tpm_enabled` attribute)
   * @since API 4.4.5
   */
  tpmEnabled?: boolean;
  /**
   * `AutoPinningPolicy` (`disabled`, `existing`, `adjust`; another string is sent as it is). On the wire: element `<auto_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `auto_pinning_policy` attribute)
   * @since API 4.4.8
   * @deprecated The API model marks it deprecated.
   */
  autoPinningPolicy?: AutoPinningPolicy | (string & {});
  /**
   * `CpuPinningPolicy` (`none`, `manual`, `resize_and_pin_numa`, `dedicated`, `isolate_threads`; another string is sent as it is). On the wire: element `<cpu_pinning_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `cpu_pinning_policy` attribute)
   * @since API 4.5
   */
  cpuPinningPolicy?: CpuPinningPolicy | (string & {});
  /**
   * `string`. On the wire: XML attribute `id` of `<vm_base>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `cluster` link)
   */
  cluster?: ClusterInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `storage_domain` link)
   */
  storageDomain?: StorageDomainInit;
  /**
   * `CpuProfileInit` (a `CpuProfile` or a plain object). On the wire: element `<cpu_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `cpu_profile` link)
   */
  cpuProfile?: CpuProfileInit;
  /**
   * `QuotaInit` (a `Quota` or a plain object). On the wire: element `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_base | reference: vm_base} (its `quota` link)
   */
  quota?: QuotaInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VmBase, () => ({
  href: VALUE,
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
}));
