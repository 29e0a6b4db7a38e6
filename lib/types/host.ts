// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `host` type of the API, on the wire `<host>` (a list: `<hosts>` with one `<host>` per item); 40 attributes and 18 links.
 *
 * Create one with `new Host({ ... })`, or pass a plain {@link HostInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host}
 */
export class Host extends Struct {
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `address` attribute)
   */
  address?: string;

  /**
   * `HostStatus` (`down`, `error`, `initializing`, `installing`, `install_failed`, `maintenance`, `non_operational`, `non_responsive`, `pending_approval`, `preparing_for_maintenance`, `connecting`, `reboot`, `unassigned`, `up`, `installing_os`, `kdumping`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `status` attribute)
   */
  status?: HostStatus | (string & {});

  /**
   * `string`. On the wire: element `<status_detail>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `status_detail` attribute)
   */
  statusDetail?: string;

  /**
   * `Certificate`. On the wire: element `<certificate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `certificate` attribute)
   */
  certificate?: Certificate;

  /**
   * `ExternalStatus` (`error`, `failure`, `info`, `ok`, `warning`; or another string, from a newer engine). On the wire: element `<external_status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `external_status` attribute)
   */
  externalStatus?: ExternalStatus | (string & {});

  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `port` attribute)
   */
  port?: number;

  /**
   * `HostType` (`rhel`, `rhev_h`, `ovirt_node`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `type` attribute)
   */
  type?: HostType | (string & {});

  /**
   * `Spm`. On the wire: element `<spm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `spm` attribute)
   */
  spm?: Spm;

  /**
   * `Version`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `version` attribute)
   */
  version?: Version;

  /**
   * `HardwareInformation`. On the wire: element `<hardware_information>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `hardware_information` attribute)
   */
  hardwareInformation?: HardwareInformation;

  /**
   * `PowerManagement`. On the wire: element `<power_management>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `power_management` attribute)
   */
  powerManagement?: PowerManagement;

  /**
   * `Ksm`. On the wire: element `<ksm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `ksm` attribute)
   */
  ksm?: Ksm;

  /**
   * `TransparentHugePages`. On the wire: element `<transparent_hugepages>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `transparent_huge_pages` attribute)
   */
  transparentHugePages?: TransparentHugePages;

  /**
   * `IscsiDetails`. On the wire: element `<iscsi>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `iscsi` attribute)
   */
  iscsi?: IscsiDetails;

  /**
   * `string`. On the wire: element `<root_password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `root_password` attribute)
   */
  rootPassword?: string;

  /**
   * `Ssh`. On the wire: element `<ssh>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `ssh` attribute)
   */
  ssh?: Ssh;

  /**
   * `Cpu`. On the wire: element `<cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `cpu` attribute)
   */
  cpu?: Cpu;

  /**
   * `number` (an integer). On the wire: element `<memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `memory` attribute)
   */
  memory?: number;

  /**
   * `number` (an integer). On the wire: element `<max_scheduling_memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `max_scheduling_memory` attribute)
   */
  maxSchedulingMemory?: number;

  /**
   * `VmSummary`. On the wire: element `<summary>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `summary` attribute)
   */
  summary?: VmSummary;

  /**
   * `boolean`. On the wire: element `<override_iptables>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `override_iptables` attribute)
   */
  overrideIptables?: boolean;

  /**
   * `HostProtocol` (`xml`, `stomp`; or another string, from a newer engine). On the wire: element `<protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `protocol` attribute)
   */
  protocol?: HostProtocol | (string & {});

  /**
   * `OperatingSystem`. On the wire: element `<os>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `os` attribute)
   */
  os?: OperatingSystem;

  /**
   * `Version`. On the wire: element `<libvirt_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `libvirt_version` attribute)
   */
  libvirtVersion?: Version;

  /**
   * `Display`. On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `display` attribute)
   */
  display?: Display;

  /**
   * `HostedEngine`. On the wire: element `<hosted_engine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `hosted_engine` attribute)
   */
  hostedEngine?: HostedEngine;

  /**
   * `KdumpStatus` (`unknown`, `disabled`, `enabled`; or another string, from a newer engine). On the wire: element `<kdump_status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `kdump_status` attribute)
   */
  kdumpStatus?: KdumpStatus | (string & {});

  /**
   * `SeLinux`. On the wire: element `<se_linux>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `se_linux` attribute)
   */
  seLinux?: SeLinux;

  /**
   * `AutoNumaStatus` (`disable`, `enable`, `unknown`; or another string, from a newer engine). On the wire: element `<auto_numa_status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `auto_numa_status` attribute)
   */
  autoNumaStatus?: AutoNumaStatus | (string & {});

  /**
   * `boolean`. On the wire: element `<numa_supported>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `numa_supported` attribute)
   */
  numaSupported?: boolean;

  /**
   * `boolean`. On the wire: element `<update_available>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `update_available` attribute)
   */
  updateAvailable?: boolean;

  /**
   * `boolean`. On the wire: element `<network_operation_in_progress>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `network_operation_in_progress` attribute)
   * @since API 4.2.6
   */
  networkOperationInProgress?: boolean;

  /**
   * `boolean`. On the wire: element `<reinstallation_required>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `reinstallation_required` attribute)
   * @since API 4.4.3
   */
  reinstallationRequired?: boolean;

  /**
   * `HostDevicePassthrough`. On the wire: element `<device_passthrough>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `device_passthrough` attribute)
   */
  devicePassthrough?: HostDevicePassthrough;

  /**
   * `VgpuPlacement` (`consolidated`, `separated`; or another string, from a newer engine). On the wire: element `<vgpu_placement>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `vgpu_placement` attribute)
   * @since API 4.3
   */
  vgpuPlacement?: VgpuPlacement | (string & {});

  /**
   * `boolean`. On the wire: element `<ovn_configured>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `ovn_configured` attribute)
   * @since API 4.5
   */
  ovnConfigured?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `HostCpuUnit`. On the wire: a link, `<link rel="cpuunits" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<cpu_units>` with one `<host_cpu_unit>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `cpu_units` link)
   * @since API 4.5
   */
  cpuUnits?: List<HostCpuUnit>;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * A list of `Hook`. On the wire: a link, `<link rel="hooks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<hooks>` with one `<hook>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `hooks` link)
   */
  hooks?: List<Hook>;

  /**
   * `ExternalHostProvider`. On the wire: element `<external_host_provider>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `external_host_provider` link)
   */
  externalHostProvider?: ExternalHostProvider;

  /**
   * A list of `StorageConnectionExtension`. On the wire: a link, `<link rel="storageconnectionextensions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<storage_connection_extensions>` with one `<storage_connection_extension>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `storage_connection_extensions` link)
   */
  storageConnectionExtensions?: List<StorageConnectionExtension>;

  /**
   * A list of `AffinityLabel`. On the wire: a link, `<link rel="affinitylabels" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<affinity_labels>` with one `<affinity_label>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `affinity_labels` link)
   */
  affinityLabels?: List<AffinityLabel>;

  /**
   * A list of `HostDevice`. On the wire: a link, `<link rel="devices" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<devices>` with one `<host_device>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `devices` link)
   */
  devices?: List<HostDevice>;

  /**
   * A list of `Agent`. On the wire: a link, `<link rel="agents" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<agents>` with one `<agent>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `agents` link)
   */
  agents?: List<Agent>;

  /**
   * A list of `KatelloErratum`. On the wire: a link, `<link rel="katelloerrata" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<katello_errata>` with one `<katello_erratum>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `katello_errata` link)
   */
  katelloErrata?: List<KatelloErratum>;

  /**
   * A list of `NetworkAttachment`. On the wire: a link, `<link rel="networkattachments" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<network_attachments>` with one `<network_attachment>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `network_attachments` link)
   */
  networkAttachments?: List<NetworkAttachment>;

  /**
   * A list of `HostNic`. On the wire: a link, `<link rel="nics" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<nics>` with one `<host_nic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `nics` link)
   */
  nics?: List<HostNic>;

  /**
   * A list of `NumaNode`. On the wire: a link, `<link rel="numanodes" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<host_numa_nodes>` with one `<host_numa_node>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `numa_nodes` link)
   */
  numaNodes?: List<NumaNode>;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * A list of `Statistic`. On the wire: a link, `<link rel="statistics" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `statistics` link)
   */
  statistics?: List<Statistic>;

  /**
   * A list of `HostStorage`. On the wire: a link, `<link rel="storages" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<storages>` with one `<host_storage>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `storages` link)
   */
  storages?: List<HostStorage>;

  /**
   * A list of `Tag`. On the wire: a link, `<link rel="tags" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<tags>` with one `<tag>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `tags` link)
   */
  tags?: List<Tag>;

  /**
   * A list of `UnmanagedNetwork`. On the wire: a link, `<link rel="unmanagednetworks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<unmanaged_networks>` with one `<unmanaged_network>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `unmanaged_networks` link)
   */
  unmanagedNetworks?: List<UnmanagedNetwork>;

  /**
   * A list of `ExternalNetworkProviderConfiguration`. On the wire: a link, `<link rel="externalnetworkproviderconfigurations" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<external_network_provider_configurations>` with one `<external_network_provider_configuration>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `external_network_provider_configurations` link)
   * @since API 4.2
   */
  externalNetworkProviderConfigurations?: List<ExternalNetworkProviderConfiguration>;

  /**
   * Creates a `host` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: HostInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.address = undefined;
      this.status = undefined;
      this.statusDetail = undefined;
      this.certificate = undefined;
      this.externalStatus = undefined;
      this.port = undefined;
      this.type = undefined;
      this.spm = undefined;
      this.version = undefined;
      this.hardwareInformation = undefined;
      this.powerManagement = undefined;
      this.ksm = undefined;
      this.transparentHugePages = undefined;
      this.iscsi = undefined;
      this.rootPassword = undefined;
      this.ssh = undefined;
      this.cpu = undefined;
      this.memory = undefined;
      this.maxSchedulingMemory = undefined;
      this.summary = undefined;
      this.overrideIptables = undefined;
      this.protocol = undefined;
      this.os = undefined;
      this.libvirtVersion = undefined;
      this.display = undefined;
      this.hostedEngine = undefined;
      this.kdumpStatus = undefined;
      this.seLinux = undefined;
      this.autoNumaStatus = undefined;
      this.numaSupported = undefined;
      this.updateAvailable = undefined;
      this.networkOperationInProgress = undefined;
      this.reinstallationRequired = undefined;
      this.devicePassthrough = undefined;
      this.vgpuPlacement = undefined;
      this.ovnConfigured = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.cpuUnits = undefined;
      this.cluster = undefined;
      this.hooks = undefined;
      this.externalHostProvider = undefined;
      this.storageConnectionExtensions = undefined;
      this.affinityLabels = undefined;
      this.devices = undefined;
      this.agents = undefined;
      this.katelloErrata = undefined;
      this.networkAttachments = undefined;
      this.nics = undefined;
      this.numaNodes = undefined;
      this.permissions = undefined;
      this.statistics = undefined;
      this.storages = undefined;
      this.tags = undefined;
      this.unmanagedNetworks = undefined;
      this.externalNetworkProviderConfigurations = undefined;
    }
  }
}

/**
 * A `host` as the SDK accepts it: a {@link Host} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host}
 */
export interface HostInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Needed by:
   * - `HostsService.addUsingRootPassword`: `host.address`
   * - `HostsService.addUsingSsh`: `host.address`
   * - `HostsService.add`: `host.address`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `address` attribute)
   */
  address?: string;
  /**
   * `HostStatus` (`down`, `error`, `initializing`, `installing`, `install_failed`, `maintenance`, `non_operational`, `non_responsive`, `pending_approval`, `preparing_for_maintenance`, `connecting`, `reboot`, `unassigned`, `up`, `installing_os`, `kdumping`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `status` attribute)
   */
  status?: HostStatus | (string & {});
  /**
   * `string`. On the wire: element `<status_detail>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `status_detail` attribute)
   */
  statusDetail?: string;
  /**
   * `CertificateInit` (a `Certificate` or a plain object). On the wire: element `<certificate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `certificate` attribute)
   */
  certificate?: CertificateInit;
  /**
   * `ExternalStatus` (`error`, `failure`, `info`, `ok`, `warning`; another string is sent as it is). On the wire: element `<external_status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `external_status` attribute)
   */
  externalStatus?: ExternalStatus | (string & {});
  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `port` attribute)
   */
  port?: number;
  /**
   * `HostType` (`rhel`, `rhev_h`, `ovirt_node`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `type` attribute)
   */
  type?: HostType | (string & {});
  /**
   * `SpmInit` (a `Spm` or a plain object). On the wire: element `<spm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `spm` attribute)
   */
  spm?: SpmInit;
  /**
   * `VersionInit` (a `Version` or a plain object). On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `version` attribute)
   */
  version?: VersionInit;
  /**
   * `HardwareInformationInit` (a `HardwareInformation` or a plain object). On the wire: element `<hardware_information>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `hardware_information` attribute)
   */
  hardwareInformation?: HardwareInformationInit;
  /**
   * `PowerManagementInit` (a `PowerManagement` or a plain object). On the wire: element `<power_management>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `power_management` attribute)
   */
  powerManagement?: PowerManagementInit;
  /**
   * `KsmInit` (a `Ksm` or a plain object). On the wire: element `<ksm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `ksm` attribute)
   */
  ksm?: KsmInit;
  /**
   * `TransparentHugePagesInit` (a `TransparentHugePages` or a plain object). On the wire: element `<transparent_hugepages>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `transparent_huge_pages` attribute)
   */
  transparentHugePages?: TransparentHugePagesInit;
  /**
   * `IscsiDetailsInit` (a `IscsiDetails` or a plain object). On the wire: element `<iscsi>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `iscsi` attribute)
   */
  iscsi?: IscsiDetailsInit;
  /**
   * `string`. On the wire: element `<root_password>`.
   *
   * Needed by:
   * - `HostService.approveUsingRootPassword`: `opts.host.rootPassword`
   * - `HostsService.addUsingRootPassword`: `host.rootPassword`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `root_password` attribute)
   */
  rootPassword?: string;
  /**
   * `SshInit` (a `Ssh` or a plain object). On the wire: element `<ssh>`.
   *
   * Needed by:
   * - `HostService.approveUsingSsh`: `opts.host.ssh.authenticationMethod`
   * - `HostService.approveUsingSsh`: `opts.host.ssh.user.password`
   * - `HostService.approveUsingSsh`: `opts.host.ssh.user.userName`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `ssh` attribute)
   */
  ssh?: SshInit;
  /**
   * `CpuInit` (a `Cpu` or a plain object). On the wire: element `<cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `cpu` attribute)
   */
  cpu?: CpuInit;
  /**
   * `number` (an integer). On the wire: element `<memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `memory` attribute)
   */
  memory?: number;
  /**
   * `number` (an integer). On the wire: element `<max_scheduling_memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `max_scheduling_memory` attribute)
   */
  maxSchedulingMemory?: number;
  /**
   * `VmSummaryInit` (a `VmSummary` or a plain object). On the wire: element `<summary>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `summary` attribute)
   */
  summary?: VmSummaryInit;
  /**
   * `boolean`. On the wire: element `<override_iptables>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `override_iptables` attribute)
   */
  overrideIptables?: boolean;
  /**
   * `HostProtocol` (`xml`, `stomp`; another string is sent as it is). On the wire: element `<protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `protocol` attribute)
   */
  protocol?: HostProtocol | (string & {});
  /**
   * `OperatingSystemInit` (a `OperatingSystem` or a plain object). On the wire: element `<os>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `os` attribute)
   */
  os?: OperatingSystemInit;
  /**
   * `VersionInit` (a `Version` or a plain object). On the wire: element `<libvirt_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `libvirt_version` attribute)
   */
  libvirtVersion?: VersionInit;
  /**
   * `DisplayInit` (a `Display` or a plain object). On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `display` attribute)
   */
  display?: DisplayInit;
  /**
   * `HostedEngineInit` (a `HostedEngine` or a plain object). On the wire: element `<hosted_engine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `hosted_engine` attribute)
   */
  hostedEngine?: HostedEngineInit;
  /**
   * `KdumpStatus` (`unknown`, `disabled`, `enabled`; another string is sent as it is). On the wire: element `<kdump_status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `kdump_status` attribute)
   */
  kdumpStatus?: KdumpStatus | (string & {});
  /**
   * `SeLinuxInit` (a `SeLinux` or a plain object). On the wire: element `<se_linux>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `se_linux` attribute)
   */
  seLinux?: SeLinuxInit;
  /**
   * `AutoNumaStatus` (`disable`, `enable`, `unknown`; another string is sent as it is). On the wire: element `<auto_numa_status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `auto_numa_status` attribute)
   */
  autoNumaStatus?: AutoNumaStatus | (string & {});
  /**
   * `boolean`. On the wire: element `<numa_supported>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `numa_supported` attribute)
   */
  numaSupported?: boolean;
  /**
   * `boolean`. On the wire: element `<update_available>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `update_available` attribute)
   */
  updateAvailable?: boolean;
  /**
   * `boolean`. On the wire: element `<network_operation_in_progress>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `network_operation_in_progress` attribute)
   * @since API 4.2.6
   */
  networkOperationInProgress?: boolean;
  /**
   * `boolean`. On the wire: element `<reinstallation_required>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `reinstallation_required` attribute)
   * @since API 4.4.3
   */
  reinstallationRequired?: boolean;
  /**
   * `HostDevicePassthroughInit` (a `HostDevicePassthrough` or a plain object). On the wire: element `<device_passthrough>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `device_passthrough` attribute)
   */
  devicePassthrough?: HostDevicePassthroughInit;
  /**
   * `VgpuPlacement` (`consolidated`, `separated`; another string is sent as it is). On the wire: element `<vgpu_placement>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `vgpu_placement` attribute)
   * @since API 4.3
   */
  vgpuPlacement?: VgpuPlacement | (string & {});
  /**
   * `boolean`. On the wire: element `<ovn_configured>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `ovn_configured` attribute)
   * @since API 4.5
   */
  ovnConfigured?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<host>`.
   *
   * Needed by:
   * - `AffinityGroupHostsService.add`: `host.id` or `host.name`
   * - `AssignedPermissionsService.addHostPermission`: `permission.host.id`
   * - `DiskService.refreshLun`: `opts.host.id` or `opts.host.name`
   * - `HostService.copyHostNetworks`: `opts.sourceHost.id`
   * - `StorageDomainService.isAttached`: `opts.host.id` or `opts.host.name`
   * - `StorageDomainsService.addDirectLun`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.addBlockDomain`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.addByPath`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.addLocal`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.addGlusterOrPostfs`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.add`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `TemplateService.exportToPathOnHost`: `opts.host.id` or `opts.host.name`
   * - `VmService.exportToPathOnHost`: `opts.host.id` or `opts.host.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `AffinityGroupHostsService.add`: `host.id` or `host.name`
   * - `DiskService.refreshLun`: `opts.host.id` or `opts.host.name`
   * - `HostsService.addUsingRootPassword`: `host.name`
   * - `HostsService.addUsingSsh`: `host.name`
   * - `HostsService.add`: `host.name`
   * - `StorageDomainService.isAttached`: `opts.host.id` or `opts.host.name`
   * - `StorageDomainsService.addDirectLun`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.addBlockDomain`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.addByPath`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.addLocal`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.addGlusterOrPostfs`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `StorageDomainsService.add`: `storageDomain.host.id` or `storageDomain.host.name`
   * - `TemplateService.exportToPathOnHost`: `opts.host.id` or `opts.host.name`
   * - `VmService.exportToPathOnHost`: `opts.host.id` or `opts.host.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `HostCpuUnitInit` (a `HostCpuUnit` or a plain object). On the wire: element `<cpu_units>` with one `<host_cpu_unit>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `cpu_units` link)
   * @since API 4.5
   */
  cpuUnits?: HostCpuUnitInit[];
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `cluster` link)
   */
  cluster?: ClusterInit;
  /**
   * A list of `HookInit` (a `Hook` or a plain object). On the wire: element `<hooks>` with one `<hook>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `hooks` link)
   */
  hooks?: HookInit[];
  /**
   * `ExternalHostProviderInit` (a `ExternalHostProvider` or a plain object). On the wire: element `<external_host_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `external_host_provider` link)
   */
  externalHostProvider?: ExternalHostProviderInit;
  /**
   * A list of `StorageConnectionExtensionInit` (a `StorageConnectionExtension` or a plain object). On the wire: element `<storage_connection_extensions>` with one `<storage_connection_extension>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `storage_connection_extensions` link)
   */
  storageConnectionExtensions?: StorageConnectionExtensionInit[];
  /**
   * A list of `AffinityLabelInit` (a `AffinityLabel` or a plain object). On the wire: element `<affinity_labels>` with one `<affinity_label>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `affinity_labels` link)
   */
  affinityLabels?: AffinityLabelInit[];
  /**
   * A list of `HostDeviceInit` (a `HostDevice` or a plain object). On the wire: element `<devices>` with one `<host_device>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `devices` link)
   */
  devices?: HostDeviceInit[];
  /**
   * A list of `AgentInit` (a `Agent` or a plain object). On the wire: element `<agents>` with one `<agent>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `agents` link)
   */
  agents?: AgentInit[];
  /**
   * A list of `KatelloErratumInit` (a `KatelloErratum` or a plain object). On the wire: element `<katello_errata>` with one `<katello_erratum>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `katello_errata` link)
   */
  katelloErrata?: KatelloErratumInit[];
  /**
   * A list of `NetworkAttachmentInit` (a `NetworkAttachment` or a plain object). On the wire: element `<network_attachments>` with one `<network_attachment>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `network_attachments` link)
   */
  networkAttachments?: NetworkAttachmentInit[];
  /**
   * A list of `HostNicInit` (a `HostNic` or a plain object). On the wire: element `<nics>` with one `<host_nic>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `nics` link)
   */
  nics?: HostNicInit[];
  /**
   * A list of `NumaNodeInit` (a `NumaNode` or a plain object). On the wire: element `<host_numa_nodes>` with one `<host_numa_node>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `numa_nodes` link)
   */
  numaNodes?: NumaNodeInit[];
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `permissions` link)
   */
  permissions?: PermissionInit[];
  /**
   * A list of `StatisticInit` (a `Statistic` or a plain object). On the wire: element `<statistics>` with one `<statistic>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `statistics` link)
   */
  statistics?: StatisticInit[];
  /**
   * A list of `HostStorageInit` (a `HostStorage` or a plain object). On the wire: element `<storages>` with one `<host_storage>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `storages` link)
   */
  storages?: HostStorageInit[];
  /**
   * A list of `TagInit` (a `Tag` or a plain object). On the wire: element `<tags>` with one `<tag>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `tags` link)
   */
  tags?: TagInit[];
  /**
   * A list of `UnmanagedNetworkInit` (a `UnmanagedNetwork` or a plain object). On the wire: element `<unmanaged_networks>` with one `<unmanaged_network>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `unmanaged_networks` link)
   */
  unmanagedNetworks?: UnmanagedNetworkInit[];
  /**
   * A list of `ExternalNetworkProviderConfigurationInit` (a `ExternalNetworkProviderConfiguration` or a plain object). On the wire: element `<external_network_provider_configurations>` with one `<external_network_provider_configuration>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host | reference: host} (its `external_network_provider_configurations` link)
   * @since API 4.2
   */
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
