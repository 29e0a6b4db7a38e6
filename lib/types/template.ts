// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `template` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template}
 */
export class Template extends Struct {
  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/status} */
  status?: TemplateStatus;

  /** The `vm` attribute (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/vm} */
  vm?: Vm;

  /** The `version` attribute (`<version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/version} */
  version?: TemplateVersion;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/type} */
  type?: VmType;

  /** The `memory` attribute (`<memory>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/memory} */
  memory?: number;

  /** The `cpu` attribute (`<cpu>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/cpu} */
  cpu?: Cpu;

  /** The `cpu_shares` attribute (`<cpu_shares>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/cpu_shares} */
  cpuShares?: number;

  /** The `bios` attribute (`<bios>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/bios} */
  bios?: Bios;

  /** The `os` attribute (`<os>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/os} */
  os?: OperatingSystem;

  /** The `creation_time` attribute (`<creation_time>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/creation_time} */
  creationTime?: Date;

  /** The `origin` attribute (`<origin>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/origin} */
  origin?: string;

  /** The `stateless` attribute (`<stateless>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/stateless} */
  stateless?: boolean;

  /** The `delete_protected` attribute (`<delete_protected>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/delete_protected} */
  deleteProtected?: boolean;

  /** The `high_availability` attribute (`<high_availability>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/high_availability} */
  highAvailability?: HighAvailability;

  /** The `display` attribute (`<display>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/display} */
  display?: Display;

  /** The `sso` attribute (`<sso>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/sso} */
  sso?: Sso;

  /** The `rng_device` attribute (`<rng_device>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/rng_device} */
  rngDevice?: RngDevice;

  /** The `console` attribute (`<console>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/console} */
  console?: Console;

  /** The `domain` attribute (`<domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/domain} */
  domain?: Domain;

  /** The `usb` attribute (`<usb>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/usb} */
  usb?: Usb;

  /** The `soundcard_enabled` attribute (`<soundcard_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/soundcard_enabled} */
  soundcardEnabled?: boolean;

  /** The `tunnel_migration` attribute (`<tunnel_migration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/tunnel_migration} */
  tunnelMigration?: boolean;

  /** The `migration_downtime` attribute (`<migration_downtime>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/migration_downtime} */
  migrationDowntime?: number;

  /** The `virtio_scsi` attribute (`<virtio_scsi>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/virtio_scsi} */
  virtioScsi?: VirtioScsi;

  /** The `serial_number` attribute (`<serial_number>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/serial_number} */
  serialNumber?: SerialNumber;

  /** The `start_paused` attribute (`<start_paused>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/start_paused} */
  startPaused?: boolean;

  /** The `migration` attribute (`<migration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/migration} */
  migration?: MigrationOptions;

  /** The `io` attribute (`<io>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/io} */
  io?: Io;

  /** The `custom_properties` attribute (`<custom_properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/custom_properties} */
  customProperties?: List<CustomProperty>;

  /** The `custom_emulated_machine` attribute (`<custom_emulated_machine>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/custom_emulated_machine} */
  customEmulatedMachine?: string;

  /** The `custom_cpu_model` attribute (`<custom_cpu_model>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/custom_cpu_model} */
  customCpuModel?: string;

  /** The `time_zone` attribute (`<time_zone>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/time_zone} */
  timeZone?: TimeZone;

  /** The `small_icon` attribute (`<small_icon>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/small_icon} */
  smallIcon?: Icon;

  /** The `large_icon` attribute (`<large_icon>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/large_icon} */
  largeIcon?: Icon;

  /** The `initialization` attribute (`<initialization>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/initialization} */
  initialization?: Initialization;

  /** The `memory_policy` attribute (`<memory_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/memory_policy} */
  memoryPolicy?: MemoryPolicy;

  /** The `custom_compatibility_version` attribute (`<custom_compatibility_version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/custom_compatibility_version} */
  customCompatibilityVersion?: Version;

  /**
   * The `lease` attribute (`<lease>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/lease}
   * @since API 4.1
   */
  lease?: StorageDomainLease;

  /**
   * The `storage_error_resume_behaviour` attribute (`<storage_error_resume_behaviour>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/storage_error_resume_behaviour}
   * @since API 4.2
   */
  storageErrorResumeBehaviour?: VmStorageErrorResumeBehaviour;

  /** The `placement_policy` attribute (`<placement_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/placement_policy} */
  placementPolicy?: VmPlacementPolicy;

  /**
   * The `multi_queues_enabled` attribute (`<multi_queues_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/multi_queues_enabled}
   * @since API 4.2.5
   */
  multiQueuesEnabled?: boolean;

  /**
   * The `virtio_scsi_multi_queues_enabled` attribute (`<virtio_scsi_multi_queues_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/virtio_scsi_multi_queues_enabled}
   * @since API 4.4.5
   */
  virtioScsiMultiQueuesEnabled?: boolean;

  /**
   * The `virtio_scsi_multi_queues` attribute (`<virtio_scsi_multi_queues>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/virtio_scsi_multi_queues}
   * @since API 4.4.8
   */
  virtioScsiMultiQueues?: number;

  /**
   * The `tpm_enabled` attribute (`<tpm_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/tpm_enabled}
   * @since API 4.4.5
   */
  tpmEnabled?: boolean;

  /**
   * The `auto_pinning_policy` attribute (`<auto_pinning_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/auto_pinning_policy}
   * @since API 4.4.8
   * @deprecated The model marks it deprecated.
   */
  autoPinningPolicy?: AutoPinningPolicy;

  /**
   * The `cpu_pinning_policy` attribute (`<cpu_pinning_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/cpu_pinning_policy}
   * @since API 4.5
   */
  cpuPinningPolicy?: CpuPinningPolicy;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/attributes/comment} */
  comment?: string;

  /** The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/links/cluster} */
  cluster?: Cluster;

  /** The `storage_domain` link (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/links/storage_domain} */
  storageDomain?: StorageDomain;

  /** The `cpu_profile` link (`<cpu_profile>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/links/cpu_profile} */
  cpuProfile?: CpuProfile;

  /** The `quota` link (`<quota>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/links/quota} */
  quota?: Quota;

  /** The `cdroms` link (`<cdroms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/links/cdroms} */
  cdroms?: List<Cdrom>;

  /** The `graphics_consoles` link (`<graphics_consoles>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/links/graphics_consoles} */
  graphicsConsoles?: List<GraphicsConsole>;

  /** The `nics` link (`<nics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/links/nics} */
  nics?: List<Nic>;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/links/permissions} */
  permissions?: List<Permission>;

  /** The `tags` link (`<tags>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/links/tags} */
  tags?: List<Tag>;

  /** The `watchdogs` link (`<watchdogs>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/links/watchdogs} */
  watchdogs?: List<Watchdog>;

  /** The `disk_attachments` link (`<disk_attachments>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/links/disk_attachments} */
  diskAttachments?: List<DiskAttachment>;

  /**
   * The `mediated_devices` link (`<mediated_devices>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/template/links/mediated_devices}
   * @since API 4.5
   */
  mediatedDevices?: List<VmMediatedDevice>;

  /** Creates a `template`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: TemplateInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `template` as the SDK accepts it: a {@link Template} or a plain object of the same shape, at any depth. */
export interface TemplateInit {
  href?: string;
  status?: TemplateStatus;
  vm?: VmInit;
  version?: TemplateVersionInit;
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
  cdroms?: CdromInit[];
  graphicsConsoles?: GraphicsConsoleInit[];
  nics?: NicInit[];
  permissions?: PermissionInit[];
  tags?: TagInit[];
  watchdogs?: WatchdogInit[];
  diskAttachments?: DiskAttachmentInit[];
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
