// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { AffinityLabel } from './affinity-label';
import type { AffinityLabelInit } from './affinity-label';
import { Agent } from './agent';
import type { AgentInit } from './agent';
import type { AutoNumaStatus } from './auto-numa-status';
import { Certificate } from './certificate';
import type { CertificateInit } from './certificate';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { Cpu } from './cpu';
import type { CpuInit } from './cpu';
import { Display } from './display';
import type { DisplayInit } from './display';
import { ExternalHostProvider } from './external-host-provider';
import type { ExternalHostProviderInit } from './external-host-provider';
import { ExternalNetworkProviderConfiguration } from './external-network-provider-configuration';
import type { ExternalNetworkProviderConfigurationInit } from './external-network-provider-configuration';
import type { ExternalStatus } from './external-status';
import { HardwareInformation } from './hardware-information';
import type { HardwareInformationInit } from './hardware-information';
import { Hook } from './hook';
import type { HookInit } from './hook';
import { HostCpuUnit } from './host-cpu-unit';
import type { HostCpuUnitInit } from './host-cpu-unit';
import { HostDevice } from './host-device';
import type { HostDeviceInit } from './host-device';
import { HostDevicePassthrough } from './host-device-passthrough';
import type { HostDevicePassthroughInit } from './host-device-passthrough';
import { HostNic } from './host-nic';
import type { HostNicInit } from './host-nic';
import type { HostProtocol } from './host-protocol';
import type { HostStatus } from './host-status';
import { HostStorage } from './host-storage';
import type { HostStorageInit } from './host-storage';
import type { HostType } from './host-type';
import { HostedEngine } from './hosted-engine';
import type { HostedEngineInit } from './hosted-engine';
import { IscsiDetails } from './iscsi-details';
import type { IscsiDetailsInit } from './iscsi-details';
import { KatelloErratum } from './katello-erratum';
import type { KatelloErratumInit } from './katello-erratum';
import type { KdumpStatus } from './kdump-status';
import { Ksm } from './ksm';
import type { KsmInit } from './ksm';
import { NetworkAttachment } from './network-attachment';
import type { NetworkAttachmentInit } from './network-attachment';
import { NumaNode } from './numa-node';
import type { NumaNodeInit } from './numa-node';
import { OperatingSystem } from './operating-system';
import type { OperatingSystemInit } from './operating-system';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { PowerManagement } from './power-management';
import type { PowerManagementInit } from './power-management';
import { SeLinux } from './se-linux';
import type { SeLinuxInit } from './se-linux';
import { Spm } from './spm';
import type { SpmInit } from './spm';
import { Ssh } from './ssh';
import type { SshInit } from './ssh';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';
import { StorageConnectionExtension } from './storage-connection-extension';
import type { StorageConnectionExtensionInit } from './storage-connection-extension';
import { Tag } from './tag';
import type { TagInit } from './tag';
import { TransparentHugePages } from './transparent-huge-pages';
import type { TransparentHugePagesInit } from './transparent-huge-pages';
import { UnmanagedNetwork } from './unmanaged-network';
import type { UnmanagedNetworkInit } from './unmanaged-network';
import { Version } from './version';
import type { VersionInit } from './version';
import type { VgpuPlacement } from './vgpu-placement';
import { VmSummary } from './vm-summary';
import type { VmSummaryInit } from './vm-summary';

/**
 * The `host` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host}
 */
export class Host extends Struct {
  /** The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/address} */
  address?: string;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/status} */
  status?: HostStatus;

  /** The `status_detail` attribute (`<status_detail>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/status_detail} */
  statusDetail?: string;

  /** The `certificate` attribute (`<certificate>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/certificate} */
  certificate?: Certificate;

  /** The `external_status` attribute (`<external_status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/external_status} */
  externalStatus?: ExternalStatus;

  /** The `port` attribute (`<port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/port} */
  port?: number;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/type} */
  type?: HostType;

  /** The `spm` attribute (`<spm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/spm} */
  spm?: Spm;

  /** The `version` attribute (`<version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/version} */
  version?: Version;

  /** The `hardware_information` attribute (`<hardware_information>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/hardware_information} */
  hardwareInformation?: HardwareInformation;

  /** The `power_management` attribute (`<power_management>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/power_management} */
  powerManagement?: PowerManagement;

  /** The `ksm` attribute (`<ksm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/ksm} */
  ksm?: Ksm;

  /** The `transparent_huge_pages` attribute (`<transparent_hugepages>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/transparent_huge_pages} */
  transparentHugePages?: TransparentHugePages;

  /** The `iscsi` attribute (`<iscsi>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/iscsi} */
  iscsi?: IscsiDetails;

  /** The `root_password` attribute (`<root_password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/root_password} */
  rootPassword?: string;

  /** The `ssh` attribute (`<ssh>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/ssh} */
  ssh?: Ssh;

  /** The `cpu` attribute (`<cpu>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/cpu} */
  cpu?: Cpu;

  /** The `memory` attribute (`<memory>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/memory} */
  memory?: number;

  /** The `max_scheduling_memory` attribute (`<max_scheduling_memory>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/max_scheduling_memory} */
  maxSchedulingMemory?: number;

  /** The `summary` attribute (`<summary>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/summary} */
  summary?: VmSummary;

  /** The `override_iptables` attribute (`<override_iptables>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/override_iptables} */
  overrideIptables?: boolean;

  /** The `protocol` attribute (`<protocol>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/protocol} */
  protocol?: HostProtocol;

  /** The `os` attribute (`<os>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/os} */
  os?: OperatingSystem;

  /** The `libvirt_version` attribute (`<libvirt_version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/libvirt_version} */
  libvirtVersion?: Version;

  /** The `display` attribute (`<display>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/display} */
  display?: Display;

  /** The `hosted_engine` attribute (`<hosted_engine>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/hosted_engine} */
  hostedEngine?: HostedEngine;

  /** The `kdump_status` attribute (`<kdump_status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/kdump_status} */
  kdumpStatus?: KdumpStatus;

  /** The `se_linux` attribute (`<se_linux>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/se_linux} */
  seLinux?: SeLinux;

  /** The `auto_numa_status` attribute (`<auto_numa_status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/auto_numa_status} */
  autoNumaStatus?: AutoNumaStatus;

  /** The `numa_supported` attribute (`<numa_supported>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/numa_supported} */
  numaSupported?: boolean;

  /** The `update_available` attribute (`<update_available>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/update_available} */
  updateAvailable?: boolean;

  /**
   * The `network_operation_in_progress` attribute (`<network_operation_in_progress>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/network_operation_in_progress}
   * @since API 4.2.6
   */
  networkOperationInProgress?: boolean;

  /**
   * The `reinstallation_required` attribute (`<reinstallation_required>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/reinstallation_required}
   * @since API 4.4.3
   */
  reinstallationRequired?: boolean;

  /** The `device_passthrough` attribute (`<device_passthrough>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/device_passthrough} */
  devicePassthrough?: HostDevicePassthrough;

  /**
   * The `vgpu_placement` attribute (`<vgpu_placement>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/vgpu_placement}
   * @since API 4.3
   */
  vgpuPlacement?: VgpuPlacement;

  /**
   * The `ovn_configured` attribute (`<ovn_configured>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/ovn_configured}
   * @since API 4.5
   */
  ovnConfigured?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/attributes/comment} */
  comment?: string;

  /**
   * The `cpu_units` link (`<cpu_units>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/cpu_units}
   * @since API 4.5
   */
  cpuUnits?: List<HostCpuUnit>;

  /** The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/cluster} */
  cluster?: Cluster;

  /** The `hooks` link (`<hooks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/hooks} */
  hooks?: List<Hook>;

  /** The `external_host_provider` link (`<external_host_provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/external_host_provider} */
  externalHostProvider?: ExternalHostProvider;

  /** The `storage_connection_extensions` link (`<storage_connection_extensions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/storage_connection_extensions} */
  storageConnectionExtensions?: List<StorageConnectionExtension>;

  /** The `affinity_labels` link (`<affinity_labels>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/affinity_labels} */
  affinityLabels?: List<AffinityLabel>;

  /** The `devices` link (`<devices>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/devices} */
  devices?: List<HostDevice>;

  /** The `agents` link (`<agents>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/agents} */
  agents?: List<Agent>;

  /** The `katello_errata` link (`<katello_errata>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/katello_errata} */
  katelloErrata?: List<KatelloErratum>;

  /** The `network_attachments` link (`<network_attachments>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/network_attachments} */
  networkAttachments?: List<NetworkAttachment>;

  /** The `nics` link (`<nics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/nics} */
  nics?: List<HostNic>;

  /** The `numa_nodes` link (`<host_numa_nodes>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/numa_nodes} */
  numaNodes?: List<NumaNode>;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/permissions} */
  permissions?: List<Permission>;

  /** The `statistics` link (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/statistics} */
  statistics?: List<Statistic>;

  /** The `storages` link (`<storages>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/storages} */
  storages?: List<HostStorage>;

  /** The `tags` link (`<tags>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/tags} */
  tags?: List<Tag>;

  /** The `unmanaged_networks` link (`<unmanaged_networks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/unmanaged_networks} */
  unmanagedNetworks?: List<UnmanagedNetwork>;

  /**
   * The `external_network_provider_configurations` link (`<external_network_provider_configurations>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host/links/external_network_provider_configurations}
   * @since API 4.2
   */
  externalNetworkProviderConfigurations?: List<ExternalNetworkProviderConfiguration>;

  /** Creates a `host`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: HostInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `host` as the SDK accepts it: a {@link Host} or a plain object of the same shape, at any depth. */
export interface HostInit {
  href?: string;
  address?: string;
  status?: HostStatus;
  statusDetail?: string;
  certificate?: CertificateInit;
  externalStatus?: ExternalStatus;
  port?: number;
  type?: HostType;
  spm?: SpmInit;
  version?: VersionInit;
  hardwareInformation?: HardwareInformationInit;
  powerManagement?: PowerManagementInit;
  ksm?: KsmInit;
  transparentHugePages?: TransparentHugePagesInit;
  iscsi?: IscsiDetailsInit;
  rootPassword?: string;
  ssh?: SshInit;
  cpu?: CpuInit;
  memory?: number;
  maxSchedulingMemory?: number;
  summary?: VmSummaryInit;
  overrideIptables?: boolean;
  protocol?: HostProtocol;
  os?: OperatingSystemInit;
  libvirtVersion?: VersionInit;
  display?: DisplayInit;
  hostedEngine?: HostedEngineInit;
  kdumpStatus?: KdumpStatus;
  seLinux?: SeLinuxInit;
  autoNumaStatus?: AutoNumaStatus;
  numaSupported?: boolean;
  updateAvailable?: boolean;
  networkOperationInProgress?: boolean;
  reinstallationRequired?: boolean;
  devicePassthrough?: HostDevicePassthroughInit;
  vgpuPlacement?: VgpuPlacement;
  ovnConfigured?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  cpuUnits?: HostCpuUnitInit[];
  cluster?: ClusterInit;
  hooks?: HookInit[];
  externalHostProvider?: ExternalHostProviderInit;
  storageConnectionExtensions?: StorageConnectionExtensionInit[];
  affinityLabels?: AffinityLabelInit[];
  devices?: HostDeviceInit[];
  agents?: AgentInit[];
  katelloErrata?: KatelloErratumInit[];
  networkAttachments?: NetworkAttachmentInit[];
  nics?: HostNicInit[];
  numaNodes?: NumaNodeInit[];
  permissions?: PermissionInit[];
  statistics?: StatisticInit[];
  storages?: HostStorageInit[];
  tags?: TagInit[];
  unmanagedNetworks?: UnmanagedNetworkInit[];
  externalNetworkProviderConfigurations?: ExternalNetworkProviderConfigurationInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Host, () => ({
  href: VALUE,
  address: VALUE,
  status: VALUE,
  statusDetail: VALUE,
  certificate: Certificate,
  externalStatus: VALUE,
  port: VALUE,
  type: VALUE,
  spm: Spm,
  version: Version,
  hardwareInformation: HardwareInformation,
  powerManagement: PowerManagement,
  ksm: Ksm,
  transparentHugePages: TransparentHugePages,
  iscsi: IscsiDetails,
  rootPassword: VALUE,
  ssh: Ssh,
  cpu: Cpu,
  memory: VALUE,
  maxSchedulingMemory: VALUE,
  summary: VmSummary,
  overrideIptables: VALUE,
  protocol: VALUE,
  os: OperatingSystem,
  libvirtVersion: Version,
  display: Display,
  hostedEngine: HostedEngine,
  kdumpStatus: VALUE,
  seLinux: SeLinux,
  autoNumaStatus: VALUE,
  numaSupported: VALUE,
  updateAvailable: VALUE,
  networkOperationInProgress: VALUE,
  reinstallationRequired: VALUE,
  devicePassthrough: HostDevicePassthrough,
  vgpuPlacement: VALUE,
  ovnConfigured: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  cpuUnits: [HostCpuUnit],
  cluster: Cluster,
  hooks: [Hook],
  externalHostProvider: ExternalHostProvider,
  storageConnectionExtensions: [StorageConnectionExtension],
  affinityLabels: [AffinityLabel],
  devices: [HostDevice],
  agents: [Agent],
  katelloErrata: [KatelloErratum],
  networkAttachments: [NetworkAttachment],
  nics: [HostNic],
  numaNodes: [NumaNode],
  permissions: [Permission],
  statistics: [Statistic],
  storages: [HostStorage],
  tags: [Tag],
  unmanagedNetworks: [UnmanagedNetwork],
  externalNetworkProviderConfigurations: [ExternalNetworkProviderConfiguration],
}));
