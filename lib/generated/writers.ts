// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { TapeWriter } from '../xml/tape';

/**
 * Writers: one function per struct type writes a value as the element with tag id `tag`
 * onto the write tape (format: native/xml_writer.cc), its members in the Python SDK's order
 * (generator/emit-xml.ts `writeOrder`). Undefined and null members are left out; an empty
 * list is written as an empty element. A value must be an instance of exactly the type's
 * class or a plain object, with no member the type lacks (checked by counting its own keys
 * against the members found set); a refused value is named by the member (`seg`) and list
 * index (`i`, or -1) it was found at, added as the error unwinds. An object that contains
 * itself goes past `maxDepth` (the tape writer counts open elements), and `Writer` names it.
 */

/** The prototypes a value of each type may have: its class's, or a plain object's (`OBJECT` or null). */
const OBJECT: object = Object.prototype;
const AFFINITY_GROUP: object = t.AffinityGroup.prototype;
const AFFINITY_LABEL: object = t.AffinityLabel.prototype;
const AFFINITY_RULE: object = t.AffinityRule.prototype;
const AGENT: object = t.Agent.prototype;
const AGENT_CONFIGURATION: object = t.AgentConfiguration.prototype;
const API: object = t.Api.prototype;
const API_SUMMARY: object = t.ApiSummary.prototype;
const API_SUMMARY_ITEM: object = t.ApiSummaryItem.prototype;
const APPLICATION: object = t.Application.prototype;
const AUTHORIZED_KEY: object = t.AuthorizedKey.prototype;
const BACKUP: object = t.Backup.prototype;
const BALANCE: object = t.Balance.prototype;
const BIOS: object = t.Bios.prototype;
const BLOCK_STATISTIC: object = t.BlockStatistic.prototype;
const BONDING: object = t.Bonding.prototype;
const BOOKMARK: object = t.Bookmark.prototype;
const BOOT: object = t.Boot.prototype;
const BOOT_MENU: object = t.BootMenu.prototype;
const BRICK_PROFILE_DETAIL: object = t.BrickProfileDetail.prototype;
const CDROM: object = t.Cdrom.prototype;
const CERTIFICATE: object = t.Certificate.prototype;
const CHECKPOINT: object = t.Checkpoint.prototype;
const CLOUD_INIT: object = t.CloudInit.prototype;
const CLUSTER: object = t.Cluster.prototype;
const CLUSTER_FEATURE: object = t.ClusterFeature.prototype;
const CLUSTER_LEVEL: object = t.ClusterLevel.prototype;
const CONFIGURATION: object = t.Configuration.prototype;
const CONSOLE: object = t.Console.prototype;
const CORE: object = t.Core.prototype;
const CPU: object = t.Cpu.prototype;
const CPU_PROFILE: object = t.CpuProfile.prototype;
const CPU_TOPOLOGY: object = t.CpuTopology.prototype;
const CPU_TUNE: object = t.CpuTune.prototype;
const CPU_TYPE: object = t.CpuType.prototype;
const CUSTOM_PROPERTY: object = t.CustomProperty.prototype;
const DATA_CENTER: object = t.DataCenter.prototype;
const DEVICE: object = t.Device.prototype;
const DISK: object = t.Disk.prototype;
const DISK_ATTACHMENT: object = t.DiskAttachment.prototype;
const DISK_PROFILE: object = t.DiskProfile.prototype;
const DISK_SNAPSHOT: object = t.DiskSnapshot.prototype;
const DISPLAY: object = t.Display.prototype;
const DNS: object = t.Dns.prototype;
const DNS_RESOLVER_CONFIGURATION: object = t.DnsResolverConfiguration.prototype;
const DOMAIN: object = t.Domain.prototype;
const DYNAMIC_CPU: object = t.DynamicCpu.prototype;
const ENGINE_BACKUP_INFO: object = t.EngineBackupInfo.prototype;
const ENTITY_PROFILE_DETAIL: object = t.EntityProfileDetail.prototype;
const ERROR_HANDLING: object = t.ErrorHandling.prototype;
const EVENT: object = t.Event.prototype;
const EVENT_SUBSCRIPTION: object = t.EventSubscription.prototype;
const EXTERNAL_COMPUTE_RESOURCE: object = t.ExternalComputeResource.prototype;
const EXTERNAL_DISCOVERED_HOST: object = t.ExternalDiscoveredHost.prototype;
const EXTERNAL_HOST: object = t.ExternalHost.prototype;
const EXTERNAL_HOST_GROUP: object = t.ExternalHostGroup.prototype;
const EXTERNAL_HOST_PROVIDER: object = t.ExternalHostProvider.prototype;
const EXTERNAL_NETWORK_PROVIDER_CONFIGURATION: object = t.ExternalNetworkProviderConfiguration.prototype;
const EXTERNAL_PROVIDER: object = t.ExternalProvider.prototype;
const EXTERNAL_TEMPLATE_IMPORT: object = t.ExternalTemplateImport.prototype;
const EXTERNAL_VM_IMPORT: object = t.ExternalVmImport.prototype;
const FENCING_POLICY: object = t.FencingPolicy.prototype;
const FILE: object = t.File.prototype;
const FILTER: object = t.Filter.prototype;
const FLOPPY: object = t.Floppy.prototype;
const FOP_STATISTIC: object = t.FopStatistic.prototype;
const GLUSTER_BRICK: object = t.GlusterBrick.prototype;
const GLUSTER_BRICK_ADVANCED_DETAILS: object = t.GlusterBrickAdvancedDetails.prototype;
const GLUSTER_BRICK_MEMORY_INFO: object = t.GlusterBrickMemoryInfo.prototype;
const GLUSTER_CLIENT: object = t.GlusterClient.prototype;
const GLUSTER_HOOK: object = t.GlusterHook.prototype;
const GLUSTER_MEMORY_POOL: object = t.GlusterMemoryPool.prototype;
const GLUSTER_SERVER_HOOK: object = t.GlusterServerHook.prototype;
const GLUSTER_VOLUME: object = t.GlusterVolume.prototype;
const GLUSTER_VOLUME_PROFILE_DETAILS: object = t.GlusterVolumeProfileDetails.prototype;
const GRAPHICS_CONSOLE: object = t.GraphicsConsole.prototype;
const GROUP: object = t.Group.prototype;
const GUEST_OPERATING_SYSTEM: object = t.GuestOperatingSystem.prototype;
const HARDWARE_INFORMATION: object = t.HardwareInformation.prototype;
const HIGH_AVAILABILITY: object = t.HighAvailability.prototype;
const HOOK: object = t.Hook.prototype;
const HOST: object = t.Host.prototype;
const HOST_CPU_UNIT: object = t.HostCpuUnit.prototype;
const HOST_DEVICE: object = t.HostDevice.prototype;
const HOST_DEVICE_PASSTHROUGH: object = t.HostDevicePassthrough.prototype;
const HOST_NIC: object = t.HostNic.prototype;
const HOST_NIC_VIRTUAL_FUNCTIONS_CONFIGURATION: object = t.HostNicVirtualFunctionsConfiguration.prototype;
const HOST_STORAGE: object = t.HostStorage.prototype;
const HOSTED_ENGINE: object = t.HostedEngine.prototype;
const ICON: object = t.Icon.prototype;
const IDENTIFIED: object = t.Identified.prototype;
const IMAGE: object = t.Image.prototype;
const IMAGE_TRANSFER: object = t.ImageTransfer.prototype;
const INITIALIZATION: object = t.Initialization.prototype;
const INSTANCE_TYPE: object = t.InstanceType.prototype;
const IO: object = t.Io.prototype;
const IP: object = t.Ip.prototype;
const IP_ADDRESS_ASSIGNMENT: object = t.IpAddressAssignment.prototype;
const ISCSI_BOND: object = t.IscsiBond.prototype;
const ISCSI_DETAILS: object = t.IscsiDetails.prototype;
const JOB: object = t.Job.prototype;
const KATELLO_ERRATUM: object = t.KatelloErratum.prototype;
const KERNEL: object = t.Kernel.prototype;
const KSM: object = t.Ksm.prototype;
const LINK_LAYER_DISCOVERY_PROTOCOL_ELEMENT: object = t.LinkLayerDiscoveryProtocolElement.prototype;
const LOGICAL_UNIT: object = t.LogicalUnit.prototype;
const M_DEV_TYPE: object = t.MDevType.prototype;
const MAC: object = t.Mac.prototype;
const MAC_POOL: object = t.MacPool.prototype;
const MEMORY_OVER_COMMIT: object = t.MemoryOverCommit.prototype;
const MEMORY_POLICY: object = t.MemoryPolicy.prototype;
const METHOD: object = t.Method.prototype;
const MIGRATION_BANDWIDTH: object = t.MigrationBandwidth.prototype;
const MIGRATION_OPTIONS: object = t.MigrationOptions.prototype;
const MIGRATION_POLICY: object = t.MigrationPolicy.prototype;
const NETWORK: object = t.Network.prototype;
const NETWORK_ATTACHMENT: object = t.NetworkAttachment.prototype;
const NETWORK_CONFIGURATION: object = t.NetworkConfiguration.prototype;
const NETWORK_FILTER: object = t.NetworkFilter.prototype;
const NETWORK_FILTER_PARAMETER: object = t.NetworkFilterParameter.prototype;
const NETWORK_LABEL: object = t.NetworkLabel.prototype;
const NFS_PROFILE_DETAIL: object = t.NfsProfileDetail.prototype;
const NIC: object = t.Nic.prototype;
const NIC_CONFIGURATION: object = t.NicConfiguration.prototype;
const NUMA_NODE: object = t.NumaNode.prototype;
const NUMA_NODE_PIN: object = t.NumaNodePin.prototype;
const OPEN_STACK_IMAGE: object = t.OpenStackImage.prototype;
const OPEN_STACK_IMAGE_PROVIDER: object = t.OpenStackImageProvider.prototype;
const OPEN_STACK_NETWORK: object = t.OpenStackNetwork.prototype;
const OPEN_STACK_NETWORK_PROVIDER: object = t.OpenStackNetworkProvider.prototype;
const OPEN_STACK_PROVIDER: object = t.OpenStackProvider.prototype;
const OPEN_STACK_SUBNET: object = t.OpenStackSubnet.prototype;
const OPEN_STACK_VOLUME_PROVIDER: object = t.OpenStackVolumeProvider.prototype;
const OPEN_STACK_VOLUME_TYPE: object = t.OpenStackVolumeType.prototype;
const OPENSTACK_VOLUME_AUTHENTICATION_KEY: object = t.OpenstackVolumeAuthenticationKey.prototype;
const OPERATING_SYSTEM: object = t.OperatingSystem.prototype;
const OPERATING_SYSTEM_INFO: object = t.OperatingSystemInfo.prototype;
const OPTION: object = t.Option.prototype;
const PACKAGE: object = t.Package.prototype;
const PAYLOAD: object = t.Payload.prototype;
const PERMISSION: object = t.Permission.prototype;
const PERMIT: object = t.Permit.prototype;
const PM_PROXY: object = t.PmProxy.prototype;
const PORT_MIRRORING: object = t.PortMirroring.prototype;
const POWER_MANAGEMENT: object = t.PowerManagement.prototype;
const PRODUCT: object = t.Product.prototype;
const PRODUCT_INFO: object = t.ProductInfo.prototype;
const PROFILE_DETAIL: object = t.ProfileDetail.prototype;
const PROPERTY: object = t.Property.prototype;
const PROXY_TICKET: object = t.ProxyTicket.prototype;
const QOS: object = t.Qos.prototype;
const QUOTA: object = t.Quota.prototype;
const QUOTA_CLUSTER_LIMIT: object = t.QuotaClusterLimit.prototype;
const QUOTA_STORAGE_LIMIT: object = t.QuotaStorageLimit.prototype;
const RANGE: object = t.Range.prototype;
const RATE: object = t.Rate.prototype;
const REGISTRATION_AFFINITY_GROUP_MAPPING: object = t.RegistrationAffinityGroupMapping.prototype;
const REGISTRATION_AFFINITY_LABEL_MAPPING: object = t.RegistrationAffinityLabelMapping.prototype;
const REGISTRATION_CLUSTER_MAPPING: object = t.RegistrationClusterMapping.prototype;
const REGISTRATION_CONFIGURATION: object = t.RegistrationConfiguration.prototype;
const REGISTRATION_DOMAIN_MAPPING: object = t.RegistrationDomainMapping.prototype;
const REGISTRATION_LUN_MAPPING: object = t.RegistrationLunMapping.prototype;
const REGISTRATION_ROLE_MAPPING: object = t.RegistrationRoleMapping.prototype;
const REGISTRATION_VNIC_PROFILE_MAPPING: object = t.RegistrationVnicProfileMapping.prototype;
const REPORTED_CONFIGURATION: object = t.ReportedConfiguration.prototype;
const REPORTED_DEVICE: object = t.ReportedDevice.prototype;
const RNG_DEVICE: object = t.RngDevice.prototype;
const ROLE: object = t.Role.prototype;
const SCHEDULING_POLICY: object = t.SchedulingPolicy.prototype;
const SCHEDULING_POLICY_UNIT: object = t.SchedulingPolicyUnit.prototype;
const SE_LINUX: object = t.SeLinux.prototype;
const SERIAL_NUMBER: object = t.SerialNumber.prototype;
const SESSION: object = t.Session.prototype;
const SKIP_IF_CONNECTIVITY_BROKEN: object = t.SkipIfConnectivityBroken.prototype;
const SKIP_IF_SD_ACTIVE: object = t.SkipIfSdActive.prototype;
const SNAPSHOT: object = t.Snapshot.prototype;
const SPECIAL_OBJECTS: object = t.SpecialObjects.prototype;
const SPM: object = t.Spm.prototype;
const SSH: object = t.Ssh.prototype;
const SSH_PUBLIC_KEY: object = t.SshPublicKey.prototype;
const SSO: object = t.Sso.prototype;
const STATISTIC: object = t.Statistic.prototype;
const STEP: object = t.Step.prototype;
const STORAGE_CONNECTION: object = t.StorageConnection.prototype;
const STORAGE_CONNECTION_EXTENSION: object = t.StorageConnectionExtension.prototype;
const STORAGE_DOMAIN: object = t.StorageDomain.prototype;
const STORAGE_DOMAIN_LEASE: object = t.StorageDomainLease.prototype;
const SYSTEM_OPTION: object = t.SystemOption.prototype;
const SYSTEM_OPTION_VALUE: object = t.SystemOptionValue.prototype;
const TAG: object = t.Tag.prototype;
const TEMPLATE: object = t.Template.prototype;
const TEMPLATE_VERSION: object = t.TemplateVersion.prototype;
const TICKET: object = t.Ticket.prototype;
const TIME_ZONE: object = t.TimeZone.prototype;
const TRANSPARENT_HUGE_PAGES: object = t.TransparentHugePages.prototype;
const UNMANAGED_NETWORK: object = t.UnmanagedNetwork.prototype;
const USB: object = t.Usb.prototype;
const USER: object = t.User.prototype;
const USER_OPTION: object = t.UserOption.prototype;
const VALUE: object = t.Value.prototype;
const VCPU_PIN: object = t.VcpuPin.prototype;
const VENDOR: object = t.Vendor.prototype;
const VERSION: object = t.Version.prototype;
const VIRTIO_SCSI: object = t.VirtioScsi.prototype;
const VIRTUAL_NUMA_NODE: object = t.VirtualNumaNode.prototype;
const VLAN: object = t.Vlan.prototype;
const VM: object = t.Vm.prototype;
const VM_BASE: object = t.VmBase.prototype;
const VM_MEDIATED_DEVICE: object = t.VmMediatedDevice.prototype;
const VM_PLACEMENT_POLICY: object = t.VmPlacementPolicy.prototype;
const VM_POOL: object = t.VmPool.prototype;
const VM_SUMMARY: object = t.VmSummary.prototype;
const VNIC_PASS_THROUGH: object = t.VnicPassThrough.prototype;
const VNIC_PROFILE: object = t.VnicProfile.prototype;
const VNIC_PROFILE_MAPPING: object = t.VnicProfileMapping.prototype;
const VOLUME_GROUP: object = t.VolumeGroup.prototype;
const WATCHDOG: object = t.Watchdog.prototype;
const WEIGHT: object = t.Weight.prototype;
const FAULT: object = t.Fault.prototype;
const GRACE_PERIOD: object = t.GracePeriod.prototype;
const ACTION: object = t.Action.prototype;

function writeAffinityGroup(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== AFFINITY_GROUP && p !== OBJECT && p !== null) w.refuse(v, AFFINITY_GROUP);
    const o = v as t.AffinityGroupInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.broken != null) { n++; w.bool(98 /* broken */, o.broken, 'broken'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.enforcing != null) { n++; w.bool(264 /* enforcing */, o.enforcing, 'enforcing'); }
    if (o.hostsRule != null) { n++; writeAffinityRule(w, o.hostsRule, 402 /* hosts_rule */, 'hostsRule', -1); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.positive != null) { n++; w.bool(696 /* positive */, o.positive, 'positive'); }
    if (o.priority != null) { n++; w.dec(701 /* priority */, o.priority, 'priority'); }
    if (o.vmsRule != null) { n++; writeAffinityRule(w, o.vmsRule, 1032 /* vms_rule */, 'vmsRule', -1); }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.hostLabels != null) {
      n++;
      const a = w.list(o.hostLabels, 'hostLabels');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(386 /* host_labels */, 'hostLabels');
        for (let k = 0; k < a.length; k++) writeAffinityLabel(w, a[k], 16 /* affinity_label */, 'hostLabels', k);
        w.close();
      }
    }
    if (o.hosts != null) {
      n++;
      const a = w.list(o.hosts, 'hosts');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(401 /* hosts */, 'hosts');
        for (let k = 0; k < a.length; k++) writeHost(w, a[k], 378 /* host */, 'hosts', k);
        w.close();
      }
    }
    if (o.vmLabels != null) {
      n++;
      const a = w.list(o.vmLabels, 'vmLabels');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1019 /* vm_labels */, 'vmLabels');
        for (let k = 0; k < a.length; k++) writeAffinityLabel(w, a[k], 16 /* affinity_label */, 'vmLabels', k);
        w.close();
      }
    }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 0);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeAffinityLabel(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== AFFINITY_LABEL && p !== OBJECT && p !== null) w.refuse(v, AFFINITY_LABEL);
    const o = v as t.AffinityLabelInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.hasImplicitAffinityGroup != null) { n++; w.bool(373 /* has_implicit_affinity_group */, o.hasImplicitAffinityGroup, 'hasImplicitAffinityGroup'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.readOnly != null) { n++; w.bool(742 /* read_only */, o.readOnly, 'readOnly'); }
    if (o.hosts != null) {
      n++;
      const a = w.list(o.hosts, 'hosts');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(401 /* hosts */, 'hosts');
        for (let k = 0; k < a.length; k++) writeHost(w, a[k], 378 /* host */, 'hosts', k);
        w.close();
      }
    }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 1);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeAffinityRule(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== AFFINITY_RULE && p !== OBJECT && p !== null) w.refuse(v, AFFINITY_RULE);
    const o = v as t.AffinityRuleInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    if (o.enforcing != null) { n++; w.bool(264 /* enforcing */, o.enforcing, 'enforcing'); }
    if (o.positive != null) { n++; w.bool(696 /* positive */, o.positive, 'positive'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 2);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeAgent(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== AGENT && p !== OBJECT && p !== null) w.refuse(v, AGENT);
    const o = v as t.AgentInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.concurrent != null) { n++; w.bool(141 /* concurrent */, o.concurrent, 'concurrent'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.encryptOptions != null) { n++; w.bool(261 /* encrypt_options */, o.encryptOptions, 'encryptOptions'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.options != null) {
      n++;
      const a = w.list(o.options, 'options');
      w.openList(634 /* options */, 'options');
      for (let k = 0; k < a.length; k++) writeOption(w, a[k], 632 /* option */, 'options', k);
      w.close();
    }
    if (o.order != null) { n++; w.int(635 /* order */, o.order, 'order'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.port != null) { n++; w.int(690 /* port */, o.port, 'port'); }
    if (o.type != null) { n++; w.str(949 /* type */, o.type, 'type'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 3);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeAgentConfiguration(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== AGENT_CONFIGURATION && p !== OBJECT && p !== null) w.refuse(v, AGENT_CONFIGURATION);
    const o = v as t.AgentConfigurationInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.brokerType != null) { n++; w.enumValue(99 /* broker_type */, o.brokerType, 'brokerType'); }
    if (o.networkMappings != null) { n++; w.str(580 /* network_mappings */, o.networkMappings, 'networkMappings'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.port != null) { n++; w.int(690 /* port */, o.port, 'port'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 4);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeApi(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== API && p !== OBJECT && p !== null) w.refuse(v, API);
    const o = v as t.ApiInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.engineBackup != null) { n++; writeEngineBackupInfo(w, o.engineBackup, 265 /* engine_backup */, 'engineBackup', -1); }
    if (o.productInfo != null) { n++; writeProductInfo(w, o.productInfo, 704 /* product_info */, 'productInfo', -1); }
    if (o.specialObjects != null) { n++; writeSpecialObjects(w, o.specialObjects, 845 /* special_objects */, 'specialObjects', -1); }
    if (o.summary != null) { n++; writeApiSummary(w, o.summary, 898 /* summary */, 'summary', -1); }
    if (o.time != null) { n++; w.date(926 /* time */, o.time, 'time'); }
    if (o.authenticatedUser != null) { n++; writeUser(w, o.authenticatedUser, 47 /* authenticated_user */, 'authenticatedUser', -1); }
    if (o.effectiveUser != null) { n++; writeUser(w, o.effectiveUser, 256 /* effective_user */, 'effectiveUser', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 5);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeApiSummary(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== API_SUMMARY && p !== OBJECT && p !== null) w.refuse(v, API_SUMMARY);
    const o = v as t.ApiSummaryInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.hosts != null) { n++; writeApiSummaryItem(w, o.hosts, 401 /* hosts */, 'hosts', -1); }
    if (o.storageDomains != null) { n++; writeApiSummaryItem(w, o.storageDomains, 881 /* storage_domains */, 'storageDomains', -1); }
    if (o.users != null) { n++; writeApiSummaryItem(w, o.users, 981 /* users */, 'users', -1); }
    if (o.vms != null) { n++; writeApiSummaryItem(w, o.vms, 1031 /* vms */, 'vms', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 6);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeApiSummaryItem(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== API_SUMMARY_ITEM && p !== OBJECT && p !== null) w.refuse(v, API_SUMMARY_ITEM);
    const o = v as t.ApiSummaryItemInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.active != null) { n++; w.int(2 /* active */, o.active, 'active'); }
    if (o.total != null) { n++; w.int(937 /* total */, o.total, 'total'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 7);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeApplication(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== APPLICATION && p !== OBJECT && p !== null) w.refuse(v, APPLICATION);
    const o = v as t.ApplicationInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 8);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeAuthorizedKey(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== AUTHORIZED_KEY && p !== OBJECT && p !== null) w.refuse(v, AUTHORIZED_KEY);
    const o = v as t.AuthorizedKeyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.key != null) { n++; w.str(464 /* key */, o.key, 'key'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.user != null) { n++; writeUser(w, o.user, 974 /* user */, 'user', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 9);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeBackup(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== BACKUP && p !== OBJECT && p !== null) w.refuse(v, BACKUP);
    const o = v as t.BackupInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.creationDate != null) { n++; w.date(177 /* creation_date */, o.creationDate, 'creationDate'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.fromCheckpointId != null) { n++; w.str(337 /* from_checkpoint_id */, o.fromCheckpointId, 'fromCheckpointId'); }
    if (o.modificationDate != null) { n++; w.date(555 /* modification_date */, o.modificationDate, 'modificationDate'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.phase != null) { n++; w.enumValue(678 /* phase */, o.phase, 'phase'); }
    if (o.toCheckpointId != null) { n++; w.str(935 /* to_checkpoint_id */, o.toCheckpointId, 'toCheckpointId'); }
    if (o.disks != null) {
      n++;
      const a = w.list(o.disks, 'disks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(231 /* disks */, 'disks');
        for (let k = 0; k < a.length; k++) writeDisk(w, a[k], 221 /* disk */, 'disks', k);
        w.close();
      }
    }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.snapshot != null) { n++; writeSnapshot(w, o.snapshot, 830 /* snapshot */, 'snapshot', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 10);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeBalance(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== BALANCE && p !== OBJECT && p !== null) w.refuse(v, BALANCE);
    const o = v as t.BalanceInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.schedulingPolicy != null) { n++; writeSchedulingPolicy(w, o.schedulingPolicy, 796 /* scheduling_policy */, 'schedulingPolicy', -1); }
    if (o.schedulingPolicyUnit != null) { n++; writeSchedulingPolicyUnit(w, o.schedulingPolicyUnit, 797 /* scheduling_policy_unit */, 'schedulingPolicyUnit', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 11);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeBios(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== BIOS && p !== OBJECT && p !== null) w.refuse(v, BIOS);
    const o = v as t.BiosInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.bootMenu != null) { n++; writeBootMenu(w, o.bootMenu, 86 /* boot_menu */, 'bootMenu', -1); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 12);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeBlockStatistic(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== BLOCK_STATISTIC && p !== OBJECT && p !== null) w.refuse(v, BLOCK_STATISTIC);
    const o = v as t.BlockStatisticInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      w.openList(864 /* statistics */, 'statistics');
      for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 13);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeBonding(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== BONDING && p !== OBJECT && p !== null) w.refuse(v, BONDING);
    const o = v as t.BondingInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.adPartnerMac != null) { n++; writeMac(w, o.adPartnerMac, 9 /* ad_partner_mac */, 'adPartnerMac', -1); }
    if (o.options != null) {
      n++;
      const a = w.list(o.options, 'options');
      w.openList(634 /* options */, 'options');
      for (let k = 0; k < a.length; k++) writeOption(w, a[k], 632 /* option */, 'options', k);
      w.close();
    }
    if (o.slaves != null) {
      n++;
      const a = w.list(o.slaves, 'slaves');
      w.openList(827 /* slaves */, 'slaves');
      for (let k = 0; k < a.length; k++) writeHostNic(w, a[k], 388 /* host_nic */, 'slaves', k);
      w.close();
    }
    if (o.activeSlave != null) { n++; writeHostNic(w, o.activeSlave, 5 /* active_slave */, 'activeSlave', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 14);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeBookmark(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== BOOKMARK && p !== OBJECT && p !== null) w.refuse(v, BOOKMARK);
    const o = v as t.BookmarkInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.value != null) { n++; w.str(985 /* value */, o.value, 'value'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 15);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeBoot(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== BOOT && p !== OBJECT && p !== null) w.refuse(v, BOOT);
    const o = v as t.BootInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.devices != null) {
      n++;
      const a = w.list(o.devices, 'devices');
      w.openList(209 /* devices */, 'devices');
      for (let k = 0; k < a.length; k++) w.enumValue(207 /* device */, a[k], 'devices', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 16);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeBootMenu(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== BOOT_MENU && p !== OBJECT && p !== null) w.refuse(v, BOOT_MENU);
    const o = v as t.BootMenuInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 17);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeBrickProfileDetail(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== BRICK_PROFILE_DETAIL && p !== OBJECT && p !== null) w.refuse(v, BRICK_PROFILE_DETAIL);
    const o = v as t.BrickProfileDetailInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.profileDetails != null) {
      n++;
      const a = w.list(o.profileDetails, 'profileDetails');
      w.openList(709 /* profile_details */, 'profileDetails');
      for (let k = 0; k < a.length; k++) writeProfileDetail(w, a[k], 708 /* profile_detail */, 'profileDetails', k);
      w.close();
    }
    if (o.brick != null) { n++; writeGlusterBrick(w, o.brick, 91 /* brick */, 'brick', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 18);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeCdrom(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CDROM && p !== OBJECT && p !== null) w.refuse(v, CDROM);
    const o = v as t.CdromInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.file != null) { n++; writeFile(w, o.file, 317 /* file */, 'file', -1); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 19);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeCertificate(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CERTIFICATE && p !== OBJECT && p !== null) w.refuse(v, CERTIFICATE);
    const o = v as t.CertificateInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.content != null) { n++; w.str(152 /* content */, o.content, 'content'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.organization != null) { n++; w.str(637 /* organization */, o.organization, 'organization'); }
    if (o.subject != null) { n++; w.str(893 /* subject */, o.subject, 'subject'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 20);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeCheckpoint(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CHECKPOINT && p !== OBJECT && p !== null) w.refuse(v, CHECKPOINT);
    const o = v as t.CheckpointInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.creationDate != null) { n++; w.date(177 /* creation_date */, o.creationDate, 'creationDate'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.parentId != null) { n++; w.str(661 /* parent_id */, o.parentId, 'parentId'); }
    if (o.state != null) { n++; w.enumValue(860 /* state */, o.state, 'state'); }
    if (o.disks != null) {
      n++;
      const a = w.list(o.disks, 'disks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(231 /* disks */, 'disks');
        for (let k = 0; k < a.length; k++) writeDisk(w, a[k], 221 /* disk */, 'disks', k);
        w.close();
      }
    }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 21);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeCloudInit(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CLOUD_INIT && p !== OBJECT && p !== null) w.refuse(v, CLOUD_INIT);
    const o = v as t.CloudInitInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.authorizedKeys != null) {
      n++;
      const a = w.list(o.authorizedKeys, 'authorizedKeys');
      w.openList(53 /* authorized_keys */, 'authorizedKeys');
      for (let k = 0; k < a.length; k++) writeAuthorizedKey(w, a[k], 52 /* authorized_key */, 'authorizedKeys', k);
      w.close();
    }
    if (o.files != null) {
      n++;
      const a = w.list(o.files, 'files');
      w.openList(320 /* files */, 'files');
      for (let k = 0; k < a.length; k++) writeFile(w, a[k], 317 /* file */, 'files', k);
      w.close();
    }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.networkConfiguration != null) { n++; writeNetworkConfiguration(w, o.networkConfiguration, 572 /* network_configuration */, 'networkConfiguration', -1); }
    if (o.regenerateSshKeys != null) { n++; w.bool(748 /* regenerate_ssh_keys */, o.regenerateSshKeys, 'regenerateSshKeys'); }
    if (o.timezone != null) { n++; w.str(931 /* timezone */, o.timezone, 'timezone'); }
    if (o.users != null) {
      n++;
      const a = w.list(o.users, 'users');
      w.openList(981 /* users */, 'users');
      for (let k = 0; k < a.length; k++) writeUser(w, a[k], 974 /* user */, 'users', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 22);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeCluster(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CLUSTER && p !== OBJECT && p !== null) w.refuse(v, CLUSTER);
    const o = v as t.ClusterInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.ballooningEnabled != null) { n++; w.bool(70 /* ballooning_enabled */, o.ballooningEnabled, 'ballooningEnabled'); }
    if (o.biosType != null) { n++; w.enumValue(75 /* bios_type */, o.biosType, 'biosType'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.cpu != null) { n++; writeCpu(w, o.cpu, 159 /* cpu */, 'cpu', -1); }
    if (o.customSchedulingPolicyProperties != null) {
      n++;
      const a = w.list(o.customSchedulingPolicyProperties, 'customSchedulingPolicyProperties');
      w.openList(190 /* custom_scheduling_policy_properties */, 'customSchedulingPolicyProperties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'customSchedulingPolicyProperties', k);
      w.close();
    }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.display != null) { n++; writeDisplay(w, o.display, 234 /* display */, 'display', -1); }
    if (o.errorHandling != null) { n++; writeErrorHandling(w, o.errorHandling, 270 /* error_handling */, 'errorHandling', -1); }
    if (o.fencingPolicy != null) { n++; writeFencingPolicy(w, o.fencingPolicy, 316 /* fencing_policy */, 'fencingPolicy', -1); }
    if (o.fipsMode != null) { n++; w.enumValue(324 /* fips_mode */, o.fipsMode, 'fipsMode'); }
    if (o.firewallType != null) { n++; w.enumValue(325 /* firewall_type */, o.firewallType, 'firewallType'); }
    if (o.glusterService != null) { n++; w.bool(350 /* gluster_service */, o.glusterService, 'glusterService'); }
    if (o.glusterTunedProfile != null) { n++; w.str(351 /* gluster_tuned_profile */, o.glusterTunedProfile, 'glusterTunedProfile'); }
    if (o.haReservation != null) { n++; w.bool(369 /* ha_reservation */, o.haReservation, 'haReservation'); }
    if (o.ksm != null) { n++; writeKsm(w, o.ksm, 467 /* ksm */, 'ksm', -1); }
    if (o.logMaxMemoryUsedThreshold != null) { n++; w.int(490 /* log_max_memory_used_threshold */, o.logMaxMemoryUsedThreshold, 'logMaxMemoryUsedThreshold'); }
    if (o.logMaxMemoryUsedThresholdType != null) { n++; w.enumValue(491 /* log_max_memory_used_threshold_type */, o.logMaxMemoryUsedThresholdType, 'logMaxMemoryUsedThresholdType'); }
    if (o.maintenanceReasonRequired != null) { n++; w.bool(508 /* maintenance_reason_required */, o.maintenanceReasonRequired, 'maintenanceReasonRequired'); }
    if (o.memoryPolicy != null) { n++; writeMemoryPolicy(w, o.memoryPolicy, 534 /* memory_policy */, 'memoryPolicy', -1); }
    if (o.migration != null) { n++; writeMigrationOptions(w, o.migration, 544 /* migration */, 'migration', -1); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.optionalReason != null) { n++; w.bool(633 /* optional_reason */, o.optionalReason, 'optionalReason'); }
    if (o.requiredRngSources != null) {
      n++;
      const a = w.list(o.requiredRngSources, 'requiredRngSources');
      w.openList(781 /* required_rng_sources */, 'requiredRngSources');
      for (let k = 0; k < a.length; k++) w.enumValue(780 /* required_rng_source */, a[k], 'requiredRngSources', k);
      w.close();
    }
    if (o.serialNumber != null) { n++; writeSerialNumber(w, o.serialNumber, 806 /* serial_number */, 'serialNumber', -1); }
    if (o.supportedVersions != null) {
      n++;
      const a = w.list(o.supportedVersions, 'supportedVersions');
      w.openList(901 /* supported_versions */, 'supportedVersions');
      for (let k = 0; k < a.length; k++) writeVersion(w, a[k], 996 /* version */, 'supportedVersions', k);
      w.close();
    }
    if (o.switchType != null) { n++; w.enumValue(904 /* switch_type */, o.switchType, 'switchType'); }
    if (o.threadsAsCores != null) { n++; w.bool(922 /* threads_as_cores */, o.threadsAsCores, 'threadsAsCores'); }
    if (o.trustedService != null) { n++; w.bool(947 /* trusted_service */, o.trustedService, 'trustedService'); }
    if (o.tunnelMigration != null) { n++; w.bool(948 /* tunnel_migration */, o.tunnelMigration, 'tunnelMigration'); }
    if (o.upgradeCorrelationId != null) { n++; w.str(959 /* upgrade_correlation_id */, o.upgradeCorrelationId, 'upgradeCorrelationId'); }
    if (o.upgradeInProgress != null) { n++; w.bool(960 /* upgrade_in_progress */, o.upgradeInProgress, 'upgradeInProgress'); }
    if (o.upgradePercentComplete != null) { n++; w.int(961 /* upgrade_percent_complete */, o.upgradePercentComplete, 'upgradePercentComplete'); }
    if (o.version != null) { n++; writeVersion(w, o.version, 996 /* version */, 'version', -1); }
    if (o.virtService != null) { n++; w.bool(1003 /* virt_service */, o.virtService, 'virtService'); }
    if (o.vncEncryption != null) { n++; w.bool(1033 /* vnc_encryption */, o.vncEncryption, 'vncEncryption'); }
    if (o.affinityGroups != null) {
      n++;
      const a = w.list(o.affinityGroups, 'affinityGroups');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(15 /* affinity_groups */, 'affinityGroups');
        for (let k = 0; k < a.length; k++) writeAffinityGroup(w, a[k], 13 /* affinity_group */, 'affinityGroups', k);
        w.close();
      }
    }
    if (o.cpuProfiles != null) {
      n++;
      const a = w.list(o.cpuProfiles, 'cpuProfiles');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(164 /* cpu_profiles */, 'cpuProfiles');
        for (let k = 0; k < a.length; k++) writeCpuProfile(w, a[k], 163 /* cpu_profile */, 'cpuProfiles', k);
        w.close();
      }
    }
    if (o.dataCenter != null) { n++; writeDataCenter(w, o.dataCenter, 194 /* data_center */, 'dataCenter', -1); }
    if (o.enabledFeatures != null) {
      n++;
      const a = w.list(o.enabledFeatures, 'enabledFeatures');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(259 /* enabled_features */, 'enabledFeatures');
        for (let k = 0; k < a.length; k++) writeClusterFeature(w, a[k], 121 /* cluster_feature */, 'enabledFeatures', k);
        w.close();
      }
    }
    if (o.externalNetworkProviders != null) {
      n++;
      const a = w.list(o.externalNetworkProviders, 'externalNetworkProviders');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(296 /* external_network_providers */, 'externalNetworkProviders');
        for (let k = 0; k < a.length; k++) writeExternalProvider(w, a[k], 298 /* external_provider */, 'externalNetworkProviders', k);
        w.close();
      }
    }
    if (o.glusterHooks != null) {
      n++;
      const a = w.list(o.glusterHooks, 'glusterHooks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(349 /* gluster_hooks */, 'glusterHooks');
        for (let k = 0; k < a.length; k++) writeGlusterHook(w, a[k], 348 /* gluster_hook */, 'glusterHooks', k);
        w.close();
      }
    }
    if (o.glusterVolumes != null) {
      n++;
      const a = w.list(o.glusterVolumes, 'glusterVolumes');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(355 /* gluster_volumes */, 'glusterVolumes');
        for (let k = 0; k < a.length; k++) writeGlusterVolume(w, a[k], 352 /* gluster_volume */, 'glusterVolumes', k);
        w.close();
      }
    }
    if (o.macPool != null) { n++; writeMacPool(w, o.macPool, 503 /* mac_pool */, 'macPool', -1); }
    if (o.managementNetwork != null) { n++; writeNetwork(w, o.managementNetwork, 510 /* management_network */, 'managementNetwork', -1); }
    if (o.networkFilters != null) {
      n++;
      const a = w.list(o.networkFilters, 'networkFilters');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(577 /* network_filters */, 'networkFilters');
        for (let k = 0; k < a.length; k++) writeNetworkFilter(w, a[k], 574 /* network_filter */, 'networkFilters', k);
        w.close();
      }
    }
    if (o.networks != null) {
      n++;
      const a = w.list(o.networks, 'networks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(586 /* networks */, 'networks');
        for (let k = 0; k < a.length; k++) writeNetwork(w, a[k], 569 /* network */, 'networks', k);
        w.close();
      }
    }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.schedulingPolicy != null) { n++; writeSchedulingPolicy(w, o.schedulingPolicy, 796 /* scheduling_policy */, 'schedulingPolicy', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 23);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeClusterFeature(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CLUSTER_FEATURE && p !== OBJECT && p !== null) w.refuse(v, CLUSTER_FEATURE);
    const o = v as t.ClusterFeatureInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.clusterLevel != null) { n++; writeClusterLevel(w, o.clusterLevel, 124 /* cluster_level */, 'clusterLevel', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 24);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeClusterLevel(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CLUSTER_LEVEL && p !== OBJECT && p !== null) w.refuse(v, CLUSTER_LEVEL);
    const o = v as t.ClusterLevelInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.cpuTypes != null) {
      n++;
      const a = w.list(o.cpuTypes, 'cpuTypes');
      w.openList(172 /* cpu_types */, 'cpuTypes');
      for (let k = 0; k < a.length; k++) writeCpuType(w, a[k], 171 /* cpu_type */, 'cpuTypes', k);
      w.close();
    }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.permits != null) {
      n++;
      const a = w.list(o.permits, 'permits');
      w.openList(676 /* permits */, 'permits');
      for (let k = 0; k < a.length; k++) writePermit(w, a[k], 675 /* permit */, 'permits', k);
      w.close();
    }
    if (o.clusterFeatures != null) {
      n++;
      const a = w.list(o.clusterFeatures, 'clusterFeatures');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(122 /* cluster_features */, 'clusterFeatures');
        for (let k = 0; k < a.length; k++) writeClusterFeature(w, a[k], 121 /* cluster_feature */, 'clusterFeatures', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 25);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeConfiguration(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CONFIGURATION && p !== OBJECT && p !== null) w.refuse(v, CONFIGURATION);
    const o = v as t.ConfigurationInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.data != null) { n++; w.str(193 /* data */, o.data, 'data'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 26);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeConsole(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CONSOLE && p !== OBJECT && p !== null) w.refuse(v, CONSOLE);
    const o = v as t.ConsoleInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 27);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeCore(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CORE && p !== OBJECT && p !== null) w.refuse(v, CORE);
    const o = v as t.CoreInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.index != null) { n++; w.int(423 /* index */, o.index, 'index'); }
    if (o.socket != null) { n++; w.int(834 /* socket */, o.socket, 'socket'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 28);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeCpu(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CPU && p !== OBJECT && p !== null) w.refuse(v, CPU);
    const o = v as t.CpuInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.architecture != null) { n++; w.enumValue(41 /* architecture */, o.architecture, 'architecture'); }
    if (o.cores != null) {
      n++;
      const a = w.list(o.cores, 'cores');
      w.openList(157 /* cores */, 'cores');
      for (let k = 0; k < a.length; k++) writeCore(w, a[k], 155 /* core */, 'cores', k);
      w.close();
    }
    if (o.cpuTune != null) { n++; writeCpuTune(w, o.cpuTune, 169 /* cpu_tune */, 'cpuTune', -1); }
    if (o.level != null) { n++; w.int(480 /* level */, o.level, 'level'); }
    if (o.mode != null) { n++; w.enumValue(553 /* mode */, o.mode, 'mode'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.speed != null) { n++; w.dec(847 /* speed */, o.speed, 'speed'); }
    if (o.topology != null) { n++; writeCpuTopology(w, o.topology, 936 /* topology */, 'topology', -1); }
    if (o.type != null) { n++; w.str(949 /* type */, o.type, 'type'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 29);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeCpuProfile(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CPU_PROFILE && p !== OBJECT && p !== null) w.refuse(v, CPU_PROFILE);
    const o = v as t.CpuProfileInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.qos != null) { n++; writeQos(w, o.qos, 727 /* qos */, 'qos', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 30);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeCpuTopology(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CPU_TOPOLOGY && p !== OBJECT && p !== null) w.refuse(v, CPU_TOPOLOGY);
    const o = v as t.CpuTopologyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.cores != null) { n++; w.int(157 /* cores */, o.cores, 'cores'); }
    if (o.sockets != null) { n++; w.int(836 /* sockets */, o.sockets, 'sockets'); }
    if (o.threads != null) { n++; w.int(921 /* threads */, o.threads, 'threads'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 31);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeCpuTune(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CPU_TUNE && p !== OBJECT && p !== null) w.refuse(v, CPU_TUNE);
    const o = v as t.CpuTuneInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.vcpuPins != null) {
      n++;
      const a = w.list(o.vcpuPins, 'vcpuPins');
      w.openList(990 /* vcpu_pins */, 'vcpuPins');
      for (let k = 0; k < a.length; k++) writeVcpuPin(w, a[k], 989 /* vcpu_pin */, 'vcpuPins', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 32);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeCpuType(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CPU_TYPE && p !== OBJECT && p !== null) w.refuse(v, CPU_TYPE);
    const o = v as t.CpuTypeInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.architecture != null) { n++; w.enumValue(41 /* architecture */, o.architecture, 'architecture'); }
    if (o.level != null) { n++; w.int(480 /* level */, o.level, 'level'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 33);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeCustomProperty(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== CUSTOM_PROPERTY && p !== OBJECT && p !== null) w.refuse(v, CUSTOM_PROPERTY);
    const o = v as t.CustomPropertyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.regexp != null) { n++; w.str(749 /* regexp */, o.regexp, 'regexp'); }
    if (o.value != null) { n++; w.str(985 /* value */, o.value, 'value'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 34);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeDataCenter(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== DATA_CENTER && p !== OBJECT && p !== null) w.refuse(v, DATA_CENTER);
    const o = v as t.DataCenterInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.local != null) { n++; w.bool(487 /* local */, o.local, 'local'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.quotaMode != null) { n++; w.enumValue(732 /* quota_mode */, o.quotaMode, 'quotaMode'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.storageFormat != null) { n++; w.enumValue(883 /* storage_format */, o.storageFormat, 'storageFormat'); }
    if (o.supportedVersions != null) {
      n++;
      const a = w.list(o.supportedVersions, 'supportedVersions');
      w.openList(901 /* supported_versions */, 'supportedVersions');
      for (let k = 0; k < a.length; k++) writeVersion(w, a[k], 996 /* version */, 'supportedVersions', k);
      w.close();
    }
    if (o.version != null) { n++; writeVersion(w, o.version, 996 /* version */, 'version', -1); }
    if (o.clusters != null) {
      n++;
      const a = w.list(o.clusters, 'clusters');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(129 /* clusters */, 'clusters');
        for (let k = 0; k < a.length; k++) writeCluster(w, a[k], 120 /* cluster */, 'clusters', k);
        w.close();
      }
    }
    if (o.iscsiBonds != null) {
      n++;
      const a = w.list(o.iscsiBonds, 'iscsiBonds');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(448 /* iscsi_bonds */, 'iscsiBonds');
        for (let k = 0; k < a.length; k++) writeIscsiBond(w, a[k], 447 /* iscsi_bond */, 'iscsiBonds', k);
        w.close();
      }
    }
    if (o.macPool != null) { n++; writeMacPool(w, o.macPool, 503 /* mac_pool */, 'macPool', -1); }
    if (o.networks != null) {
      n++;
      const a = w.list(o.networks, 'networks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(586 /* networks */, 'networks');
        for (let k = 0; k < a.length; k++) writeNetwork(w, a[k], 569 /* network */, 'networks', k);
        w.close();
      }
    }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.qoss != null) {
      n++;
      const a = w.list(o.qoss, 'qoss');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(728 /* qoss */, 'qoss');
        for (let k = 0; k < a.length; k++) writeQos(w, a[k], 727 /* qos */, 'qoss', k);
        w.close();
      }
    }
    if (o.quotas != null) {
      n++;
      const a = w.list(o.quotas, 'quotas');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(736 /* quotas */, 'quotas');
        for (let k = 0; k < a.length; k++) writeQuota(w, a[k], 729 /* quota */, 'quotas', k);
        w.close();
      }
    }
    if (o.storageDomains != null) {
      n++;
      const a = w.list(o.storageDomains, 'storageDomains');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(881 /* storage_domains */, 'storageDomains');
        for (let k = 0; k < a.length; k++) writeStorageDomain(w, a[k], 877 /* storage_domain */, 'storageDomains', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 35);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeDevice(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== DEVICE && p !== OBJECT && p !== null) w.refuse(v, DEVICE);
    const o = v as t.DeviceInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 36);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeDisk(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== DISK && p !== OBJECT && p !== null) w.refuse(v, DISK);
    const o = v as t.DiskInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.active != null) { n++; w.bool(2 /* active */, o.active, 'active'); }
    if (o.actualSize != null) { n++; w.int(6 /* actual_size */, o.actualSize, 'actualSize'); }
    if (o.alias != null) { n++; w.str(27 /* alias */, o.alias, 'alias'); }
    if (o.backup != null) { n++; w.enumValue(64 /* backup */, o.backup, 'backup'); }
    if (o.backupMode != null) { n++; w.enumValue(65 /* backup_mode */, o.backupMode, 'backupMode'); }
    if (o.bootable != null) { n++; w.bool(89 /* bootable */, o.bootable, 'bootable'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.contentType != null) { n++; w.enumValue(153 /* content_type */, o.contentType, 'contentType'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.externalDisk != null) { n++; w.str(286 /* external_disk */, o.externalDisk, 'externalDisk'); }
    if (o.format != null) { n++; w.enumValue(334 /* format */, o.format, 'format'); }
    if (o.imageId != null) { n++; w.str(412 /* image_id */, o.imageId, 'imageId'); }
    if (o.initialSize != null) { n++; w.int(424 /* initial_size */, o.initialSize, 'initialSize'); }
    if (o.interface != null) { n++; w.enumValue(433 /* interface */, o.interface, 'interface'); }
    if (o.logicalName != null) { n++; w.str(494 /* logical_name */, o.logicalName, 'logicalName'); }
    if (o.lunStorage != null) { n++; writeHostStorage(w, o.lunStorage, 499 /* lun_storage */, 'lunStorage', -1); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.propagateErrors != null) { n++; w.bool(715 /* propagate_errors */, o.propagateErrors, 'propagateErrors'); }
    if (o.provisionedSize != null) { n++; w.int(720 /* provisioned_size */, o.provisionedSize, 'provisionedSize'); }
    if (o.qcowVersion != null) { n++; w.enumValue(726 /* qcow_version */, o.qcowVersion, 'qcowVersion'); }
    if (o.readOnly != null) { n++; w.bool(742 /* read_only */, o.readOnly, 'readOnly'); }
    if (o.sgio != null) { n++; w.enumValue(816 /* sgio */, o.sgio, 'sgio'); }
    if (o.shareable != null) { n++; w.bool(818 /* shareable */, o.shareable, 'shareable'); }
    if (o.sparse != null) { n++; w.bool(843 /* sparse */, o.sparse, 'sparse'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.storageType != null) { n++; w.enumValue(886 /* storage_type */, o.storageType, 'storageType'); }
    if (o.totalSize != null) { n++; w.int(938 /* total_size */, o.totalSize, 'totalSize'); }
    if (o.usesScsiReservation != null) { n++; w.bool(982 /* uses_scsi_reservation */, o.usesScsiReservation, 'usesScsiReservation'); }
    if (o.wipeAfterDelete != null) { n++; w.bool(1055 /* wipe_after_delete */, o.wipeAfterDelete, 'wipeAfterDelete'); }
    if (o.diskProfile != null) { n++; writeDiskProfile(w, o.diskProfile, 225 /* disk_profile */, 'diskProfile', -1); }
    if (o.diskSnapshots != null) {
      n++;
      const a = w.list(o.diskSnapshots, 'diskSnapshots');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(228 /* disk_snapshots */, 'diskSnapshots');
        for (let k = 0; k < a.length; k++) writeDiskSnapshot(w, a[k], 227 /* disk_snapshot */, 'diskSnapshots', k);
        w.close();
      }
    }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.openstackVolumeType != null) { n++; writeOpenStackVolumeType(w, o.openstackVolumeType, 627 /* openstack_volume_type */, 'openstackVolumeType', -1); }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.quota != null) { n++; writeQuota(w, o.quota, 729 /* quota */, 'quota', -1); }
    if (o.snapshot != null) { n++; writeSnapshot(w, o.snapshot, 830 /* snapshot */, 'snapshot', -1); }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(864 /* statistics */, 'statistics');
        for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
        w.close();
      }
    }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    if (o.storageDomains != null) {
      n++;
      const a = w.list(o.storageDomains, 'storageDomains');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(881 /* storage_domains */, 'storageDomains');
        for (let k = 0; k < a.length; k++) writeStorageDomain(w, a[k], 877 /* storage_domain */, 'storageDomains', k);
        w.close();
      }
    }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 37);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeDiskAttachment(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== DISK_ATTACHMENT && p !== OBJECT && p !== null) w.refuse(v, DISK_ATTACHMENT);
    const o = v as t.DiskAttachmentInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.active != null) { n++; w.bool(2 /* active */, o.active, 'active'); }
    if (o.bootable != null) { n++; w.bool(89 /* bootable */, o.bootable, 'bootable'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.interface != null) { n++; w.enumValue(433 /* interface */, o.interface, 'interface'); }
    if (o.logicalName != null) { n++; w.str(494 /* logical_name */, o.logicalName, 'logicalName'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.passDiscard != null) { n++; w.bool(663 /* pass_discard */, o.passDiscard, 'passDiscard'); }
    if (o.readOnly != null) { n++; w.bool(742 /* read_only */, o.readOnly, 'readOnly'); }
    if (o.usesScsiReservation != null) { n++; w.bool(982 /* uses_scsi_reservation */, o.usesScsiReservation, 'usesScsiReservation'); }
    if (o.disk != null) { n++; writeDisk(w, o.disk, 221 /* disk */, 'disk', -1); }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 38);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeDiskProfile(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== DISK_PROFILE && p !== OBJECT && p !== null) w.refuse(v, DISK_PROFILE);
    const o = v as t.DiskProfileInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.qos != null) { n++; writeQos(w, o.qos, 727 /* qos */, 'qos', -1); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 39);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeDiskSnapshot(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== DISK_SNAPSHOT && p !== OBJECT && p !== null) w.refuse(v, DISK_SNAPSHOT);
    const o = v as t.DiskSnapshotInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.active != null) { n++; w.bool(2 /* active */, o.active, 'active'); }
    if (o.actualSize != null) { n++; w.int(6 /* actual_size */, o.actualSize, 'actualSize'); }
    if (o.alias != null) { n++; w.str(27 /* alias */, o.alias, 'alias'); }
    if (o.backup != null) { n++; w.enumValue(64 /* backup */, o.backup, 'backup'); }
    if (o.backupMode != null) { n++; w.enumValue(65 /* backup_mode */, o.backupMode, 'backupMode'); }
    if (o.bootable != null) { n++; w.bool(89 /* bootable */, o.bootable, 'bootable'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.contentType != null) { n++; w.enumValue(153 /* content_type */, o.contentType, 'contentType'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.externalDisk != null) { n++; w.str(286 /* external_disk */, o.externalDisk, 'externalDisk'); }
    if (o.format != null) { n++; w.enumValue(334 /* format */, o.format, 'format'); }
    if (o.imageId != null) { n++; w.str(412 /* image_id */, o.imageId, 'imageId'); }
    if (o.initialSize != null) { n++; w.int(424 /* initial_size */, o.initialSize, 'initialSize'); }
    if (o.interface != null) { n++; w.enumValue(433 /* interface */, o.interface, 'interface'); }
    if (o.logicalName != null) { n++; w.str(494 /* logical_name */, o.logicalName, 'logicalName'); }
    if (o.lunStorage != null) { n++; writeHostStorage(w, o.lunStorage, 499 /* lun_storage */, 'lunStorage', -1); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.propagateErrors != null) { n++; w.bool(715 /* propagate_errors */, o.propagateErrors, 'propagateErrors'); }
    if (o.provisionedSize != null) { n++; w.int(720 /* provisioned_size */, o.provisionedSize, 'provisionedSize'); }
    if (o.qcowVersion != null) { n++; w.enumValue(726 /* qcow_version */, o.qcowVersion, 'qcowVersion'); }
    if (o.readOnly != null) { n++; w.bool(742 /* read_only */, o.readOnly, 'readOnly'); }
    if (o.sgio != null) { n++; w.enumValue(816 /* sgio */, o.sgio, 'sgio'); }
    if (o.shareable != null) { n++; w.bool(818 /* shareable */, o.shareable, 'shareable'); }
    if (o.sparse != null) { n++; w.bool(843 /* sparse */, o.sparse, 'sparse'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.storageType != null) { n++; w.enumValue(886 /* storage_type */, o.storageType, 'storageType'); }
    if (o.totalSize != null) { n++; w.int(938 /* total_size */, o.totalSize, 'totalSize'); }
    if (o.usesScsiReservation != null) { n++; w.bool(982 /* uses_scsi_reservation */, o.usesScsiReservation, 'usesScsiReservation'); }
    if (o.wipeAfterDelete != null) { n++; w.bool(1055 /* wipe_after_delete */, o.wipeAfterDelete, 'wipeAfterDelete'); }
    if (o.disk != null) { n++; writeDisk(w, o.disk, 221 /* disk */, 'disk', -1); }
    if (o.diskProfile != null) { n++; writeDiskProfile(w, o.diskProfile, 225 /* disk_profile */, 'diskProfile', -1); }
    if (o.diskSnapshots != null) {
      n++;
      const a = w.list(o.diskSnapshots, 'diskSnapshots');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(228 /* disk_snapshots */, 'diskSnapshots');
        for (let k = 0; k < a.length; k++) writeDiskSnapshot(w, a[k], 227 /* disk_snapshot */, 'diskSnapshots', k);
        w.close();
      }
    }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.openstackVolumeType != null) { n++; writeOpenStackVolumeType(w, o.openstackVolumeType, 627 /* openstack_volume_type */, 'openstackVolumeType', -1); }
    if (o.parent != null) { n++; writeDiskSnapshot(w, o.parent, 659 /* parent */, 'parent', -1); }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.quota != null) { n++; writeQuota(w, o.quota, 729 /* quota */, 'quota', -1); }
    if (o.snapshot != null) { n++; writeSnapshot(w, o.snapshot, 830 /* snapshot */, 'snapshot', -1); }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(864 /* statistics */, 'statistics');
        for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
        w.close();
      }
    }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    if (o.storageDomains != null) {
      n++;
      const a = w.list(o.storageDomains, 'storageDomains');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(881 /* storage_domains */, 'storageDomains');
        for (let k = 0; k < a.length; k++) writeStorageDomain(w, a[k], 877 /* storage_domain */, 'storageDomains', k);
        w.close();
      }
    }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 40);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeDisplay(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== DISPLAY && p !== OBJECT && p !== null) w.refuse(v, DISPLAY);
    const o = v as t.DisplayInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.allowOverride != null) { n++; w.bool(31 /* allow_override */, o.allowOverride, 'allowOverride'); }
    if (o.certificate != null) { n++; writeCertificate(w, o.certificate, 107 /* certificate */, 'certificate', -1); }
    if (o.copyPasteEnabled != null) { n++; w.bool(154 /* copy_paste_enabled */, o.copyPasteEnabled, 'copyPasteEnabled'); }
    if (o.disconnectAction != null) { n++; w.str(216 /* disconnect_action */, o.disconnectAction, 'disconnectAction'); }
    if (o.disconnectActionDelay != null) { n++; w.int(217 /* disconnect_action_delay */, o.disconnectActionDelay, 'disconnectActionDelay'); }
    if (o.fileTransferEnabled != null) { n++; w.bool(318 /* file_transfer_enabled */, o.fileTransferEnabled, 'fileTransferEnabled'); }
    if (o.keyboardLayout != null) { n++; w.str(465 /* keyboard_layout */, o.keyboardLayout, 'keyboardLayout'); }
    if (o.monitors != null) { n++; w.int(559 /* monitors */, o.monitors, 'monitors'); }
    if (o.port != null) { n++; w.int(690 /* port */, o.port, 'port'); }
    if (o.proxy != null) { n++; w.str(721 /* proxy */, o.proxy, 'proxy'); }
    if (o.securePort != null) { n++; w.int(804 /* secure_port */, o.securePort, 'securePort'); }
    if (o.singleQxlPci != null) { n++; w.bool(819 /* single_qxl_pci */, o.singleQxlPci, 'singleQxlPci'); }
    if (o.smartcardEnabled != null) { n++; w.bool(829 /* smartcard_enabled */, o.smartcardEnabled, 'smartcardEnabled'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.videoType != null) { n++; w.enumValue(1002 /* video_type */, o.videoType, 'videoType'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 41);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeDns(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== DNS && p !== OBJECT && p !== null) w.refuse(v, DNS);
    const o = v as t.DnsInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.searchDomains != null) {
      n++;
      const a = w.list(o.searchDomains, 'searchDomains');
      w.openList(803 /* search_domains */, 'searchDomains');
      for (let k = 0; k < a.length; k++) writeHost(w, a[k], 378 /* host */, 'searchDomains', k);
      w.close();
    }
    if (o.servers != null) {
      n++;
      const a = w.list(o.servers, 'servers');
      w.openList(812 /* servers */, 'servers');
      for (let k = 0; k < a.length; k++) writeHost(w, a[k], 378 /* host */, 'servers', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 42);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeDnsResolverConfiguration(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== DNS_RESOLVER_CONFIGURATION && p !== OBJECT && p !== null) w.refuse(v, DNS_RESOLVER_CONFIGURATION);
    const o = v as t.DnsResolverConfigurationInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.nameServers != null) {
      n++;
      const a = w.list(o.nameServers, 'nameServers');
      w.openList(566 /* name_servers */, 'nameServers');
      for (let k = 0; k < a.length; k++) w.str(565 /* name_server */, a[k], 'nameServers', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 43);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeDomain(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== DOMAIN && p !== OBJECT && p !== null) w.refuse(v, DOMAIN);
    const o = v as t.DomainInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.user != null) { n++; writeUser(w, o.user, 974 /* user */, 'user', -1); }
    if (o.groups != null) {
      n++;
      const a = w.list(o.groups, 'groups');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(364 /* groups */, 'groups');
        for (let k = 0; k < a.length; k++) writeGroup(w, a[k], 363 /* group */, 'groups', k);
        w.close();
      }
    }
    if (o.users != null) {
      n++;
      const a = w.list(o.users, 'users');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(981 /* users */, 'users');
        for (let k = 0; k < a.length; k++) writeUser(w, a[k], 974 /* user */, 'users', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 44);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeDynamicCpu(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== DYNAMIC_CPU && p !== OBJECT && p !== null) w.refuse(v, DYNAMIC_CPU);
    const o = v as t.DynamicCpuInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.cpuTune != null) { n++; writeCpuTune(w, o.cpuTune, 169 /* cpu_tune */, 'cpuTune', -1); }
    if (o.topology != null) { n++; writeCpuTopology(w, o.topology, 936 /* topology */, 'topology', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 45);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeEngineBackupInfo(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== ENGINE_BACKUP_INFO && p !== OBJECT && p !== null) w.refuse(v, ENGINE_BACKUP_INFO);
    const o = v as t.EngineBackupInfoInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.lastCinderBackup != null) { n++; w.date(470 /* last_cinder_backup */, o.lastCinderBackup, 'lastCinderBackup'); }
    if (o.lastDbBackup != null) { n++; w.date(471 /* last_db_backup */, o.lastDbBackup, 'lastDbBackup'); }
    if (o.lastDwhBackup != null) { n++; w.date(472 /* last_dwh_backup */, o.lastDwhBackup, 'lastDwhBackup'); }
    if (o.lastEngineBackup != null) { n++; w.date(473 /* last_engine_backup */, o.lastEngineBackup, 'lastEngineBackup'); }
    if (o.lastGrafanaBackup != null) { n++; w.date(474 /* last_grafana_backup */, o.lastGrafanaBackup, 'lastGrafanaBackup'); }
    if (o.lastKeycloakBackup != null) { n++; w.date(475 /* last_keycloak_backup */, o.lastKeycloakBackup, 'lastKeycloakBackup'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 46);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeEntityProfileDetail(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== ENTITY_PROFILE_DETAIL && p !== OBJECT && p !== null) w.refuse(v, ENTITY_PROFILE_DETAIL);
    const o = v as t.EntityProfileDetailInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.profileDetails != null) {
      n++;
      const a = w.list(o.profileDetails, 'profileDetails');
      w.openList(709 /* profile_details */, 'profileDetails');
      for (let k = 0; k < a.length; k++) writeProfileDetail(w, a[k], 708 /* profile_detail */, 'profileDetails', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 47);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeErrorHandling(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== ERROR_HANDLING && p !== OBJECT && p !== null) w.refuse(v, ERROR_HANDLING);
    const o = v as t.ErrorHandlingInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.onError != null) { n++; w.enumValue(608 /* on_error */, o.onError, 'onError'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 48);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeEvent(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== EVENT && p !== OBJECT && p !== null) w.refuse(v, EVENT);
    const o = v as t.EventInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.code != null) { n++; w.int(131 /* code */, o.code, 'code'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.correlationId != null) { n++; w.str(158 /* correlation_id */, o.correlationId, 'correlationId'); }
    if (o.customData != null) { n++; w.str(183 /* custom_data */, o.customData, 'customData'); }
    if (o.customId != null) { n++; w.int(185 /* custom_id */, o.customId, 'customId'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.floodRate != null) { n++; w.int(327 /* flood_rate */, o.floodRate, 'floodRate'); }
    if (o.index != null) { n++; w.int(423 /* index */, o.index, 'index'); }
    if (o.logOnHost != null) { n++; w.bool(492 /* log_on_host */, o.logOnHost, 'logOnHost'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.origin != null) { n++; w.str(638 /* origin */, o.origin, 'origin'); }
    if (o.severity != null) { n++; w.enumValue(815 /* severity */, o.severity, 'severity'); }
    if (o.time != null) { n++; w.date(926 /* time */, o.time, 'time'); }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.dataCenter != null) { n++; writeDataCenter(w, o.dataCenter, 194 /* data_center */, 'dataCenter', -1); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.user != null) { n++; writeUser(w, o.user, 974 /* user */, 'user', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 49);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeEventSubscription(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== EVENT_SUBSCRIPTION && p !== OBJECT && p !== null) w.refuse(v, EVENT_SUBSCRIPTION);
    const o = v as t.EventSubscriptionInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.event != null) { n++; w.enumValue(272 /* event */, o.event, 'event'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.notificationMethod != null) { n++; w.enumValue(599 /* notification_method */, o.notificationMethod, 'notificationMethod'); }
    if (o.user != null) { n++; writeUser(w, o.user, 974 /* user */, 'user', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 50);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeExternalComputeResource(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== EXTERNAL_COMPUTE_RESOURCE && p !== OBJECT && p !== null) w.refuse(v, EXTERNAL_COMPUTE_RESOURCE);
    const o = v as t.ExternalComputeResourceInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.provider != null) { n++; w.str(719 /* provider */, o.provider, 'provider'); }
    if (o.url != null) { n++; w.str(962 /* url */, o.url, 'url'); }
    if (o.user != null) { n++; w.str(974 /* user */, o.user, 'user'); }
    if (o.externalHostProvider != null) { n++; writeExternalHostProvider(w, o.externalHostProvider, 290 /* external_host_provider */, 'externalHostProvider', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 51);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeExternalDiscoveredHost(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== EXTERNAL_DISCOVERED_HOST && p !== OBJECT && p !== null) w.refuse(v, EXTERNAL_DISCOVERED_HOST);
    const o = v as t.ExternalDiscoveredHostInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.ip != null) { n++; w.str(438 /* ip */, o.ip, 'ip'); }
    if (o.lastReport != null) { n++; w.str(477 /* last_report */, o.lastReport, 'lastReport'); }
    if (o.mac != null) { n++; w.str(502 /* mac */, o.mac, 'mac'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.subnetName != null) { n++; w.str(894 /* subnet_name */, o.subnetName, 'subnetName'); }
    if (o.externalHostProvider != null) { n++; writeExternalHostProvider(w, o.externalHostProvider, 290 /* external_host_provider */, 'externalHostProvider', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 52);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeExternalHost(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== EXTERNAL_HOST && p !== OBJECT && p !== null) w.refuse(v, EXTERNAL_HOST);
    const o = v as t.ExternalHostInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.externalHostProvider != null) { n++; writeExternalHostProvider(w, o.externalHostProvider, 290 /* external_host_provider */, 'externalHostProvider', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 53);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeExternalHostGroup(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== EXTERNAL_HOST_GROUP && p !== OBJECT && p !== null) w.refuse(v, EXTERNAL_HOST_GROUP);
    const o = v as t.ExternalHostGroupInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.architectureName != null) { n++; w.str(42 /* architecture_name */, o.architectureName, 'architectureName'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.domainName != null) { n++; w.str(247 /* domain_name */, o.domainName, 'domainName'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.operatingSystemName != null) { n++; w.str(629 /* operating_system_name */, o.operatingSystemName, 'operatingSystemName'); }
    if (o.subnetName != null) { n++; w.str(894 /* subnet_name */, o.subnetName, 'subnetName'); }
    if (o.externalHostProvider != null) { n++; writeExternalHostProvider(w, o.externalHostProvider, 290 /* external_host_provider */, 'externalHostProvider', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 54);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeExternalHostProvider(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== EXTERNAL_HOST_PROVIDER && p !== OBJECT && p !== null) w.refuse(v, EXTERNAL_HOST_PROVIDER);
    const o = v as t.ExternalHostProviderInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.authenticationUrl != null) { n++; w.str(50 /* authentication_url */, o.authenticationUrl, 'authenticationUrl'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.properties != null) {
      n++;
      const a = w.list(o.properties, 'properties');
      w.openList(716 /* properties */, 'properties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'properties', k);
      w.close();
    }
    if (o.requiresAuthentication != null) { n++; w.bool(782 /* requires_authentication */, o.requiresAuthentication, 'requiresAuthentication'); }
    if (o.url != null) { n++; w.str(962 /* url */, o.url, 'url'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    if (o.certificates != null) {
      n++;
      const a = w.list(o.certificates, 'certificates');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(108 /* certificates */, 'certificates');
        for (let k = 0; k < a.length; k++) writeCertificate(w, a[k], 107 /* certificate */, 'certificates', k);
        w.close();
      }
    }
    if (o.computeResources != null) {
      n++;
      const a = w.list(o.computeResources, 'computeResources');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(139 /* compute_resources */, 'computeResources');
        for (let k = 0; k < a.length; k++) writeExternalComputeResource(w, a[k], 282 /* external_compute_resource */, 'computeResources', k);
        w.close();
      }
    }
    if (o.discoveredHosts != null) {
      n++;
      const a = w.list(o.discoveredHosts, 'discoveredHosts');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(218 /* discovered_hosts */, 'discoveredHosts');
        for (let k = 0; k < a.length; k++) writeExternalDiscoveredHost(w, a[k], 284 /* external_discovered_host */, 'discoveredHosts', k);
        w.close();
      }
    }
    if (o.hostGroups != null) {
      n++;
      const a = w.list(o.hostGroups, 'hostGroups');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(385 /* host_groups */, 'hostGroups');
        for (let k = 0; k < a.length; k++) writeExternalHostGroup(w, a[k], 288 /* external_host_group */, 'hostGroups', k);
        w.close();
      }
    }
    if (o.hosts != null) {
      n++;
      const a = w.list(o.hosts, 'hosts');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(401 /* hosts */, 'hosts');
        for (let k = 0; k < a.length; k++) writeHost(w, a[k], 378 /* host */, 'hosts', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 55);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeExternalNetworkProviderConfiguration(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== EXTERNAL_NETWORK_PROVIDER_CONFIGURATION && p !== OBJECT && p !== null) w.refuse(v, EXTERNAL_NETWORK_PROVIDER_CONFIGURATION);
    const o = v as t.ExternalNetworkProviderConfigurationInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.externalNetworkProvider != null) { n++; writeExternalProvider(w, o.externalNetworkProvider, 293 /* external_network_provider */, 'externalNetworkProvider', -1); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 56);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeExternalProvider(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== EXTERNAL_PROVIDER && p !== OBJECT && p !== null) w.refuse(v, EXTERNAL_PROVIDER);
    const o = v as t.ExternalProviderInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.authenticationUrl != null) { n++; w.str(50 /* authentication_url */, o.authenticationUrl, 'authenticationUrl'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.properties != null) {
      n++;
      const a = w.list(o.properties, 'properties');
      w.openList(716 /* properties */, 'properties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'properties', k);
      w.close();
    }
    if (o.requiresAuthentication != null) { n++; w.bool(782 /* requires_authentication */, o.requiresAuthentication, 'requiresAuthentication'); }
    if (o.url != null) { n++; w.str(962 /* url */, o.url, 'url'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 57);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeExternalTemplateImport(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== EXTERNAL_TEMPLATE_IMPORT && p !== OBJECT && p !== null) w.refuse(v, EXTERNAL_TEMPLATE_IMPORT);
    const o = v as t.ExternalTemplateImportInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.clone != null) { n++; w.bool(115 /* clone */, o.clone, 'clone'); }
    if (o.url != null) { n++; w.str(962 /* url */, o.url, 'url'); }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.cpuProfile != null) { n++; writeCpuProfile(w, o.cpuProfile, 163 /* cpu_profile */, 'cpuProfile', -1); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.quota != null) { n++; writeQuota(w, o.quota, 729 /* quota */, 'quota', -1); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 58);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeExternalVmImport(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== EXTERNAL_VM_IMPORT && p !== OBJECT && p !== null) w.refuse(v, EXTERNAL_VM_IMPORT);
    const o = v as t.ExternalVmImportInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.provider != null) { n++; w.enumValue(719 /* provider */, o.provider, 'provider'); }
    if (o.sparse != null) { n++; w.bool(843 /* sparse */, o.sparse, 'sparse'); }
    if (o.url != null) { n++; w.str(962 /* url */, o.url, 'url'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.cpuProfile != null) { n++; writeCpuProfile(w, o.cpuProfile, 163 /* cpu_profile */, 'cpuProfile', -1); }
    if (o.driversIso != null) { n++; writeFile(w, o.driversIso, 252 /* drivers_iso */, 'driversIso', -1); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.quota != null) { n++; writeQuota(w, o.quota, 729 /* quota */, 'quota', -1); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 59);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeFencingPolicy(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== FENCING_POLICY && p !== OBJECT && p !== null) w.refuse(v, FENCING_POLICY);
    const o = v as t.FencingPolicyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    if (o.skipIfConnectivityBroken != null) { n++; writeSkipIfConnectivityBroken(w, o.skipIfConnectivityBroken, 821 /* skip_if_connectivity_broken */, 'skipIfConnectivityBroken', -1); }
    if (o.skipIfGlusterBricksUp != null) { n++; w.bool(823 /* skip_if_gluster_bricks_up */, o.skipIfGlusterBricksUp, 'skipIfGlusterBricksUp'); }
    if (o.skipIfGlusterQuorumNotMet != null) { n++; w.bool(824 /* skip_if_gluster_quorum_not_met */, o.skipIfGlusterQuorumNotMet, 'skipIfGlusterQuorumNotMet'); }
    if (o.skipIfSdActive != null) { n++; writeSkipIfSdActive(w, o.skipIfSdActive, 825 /* skip_if_sd_active */, 'skipIfSdActive', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 60);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeFile(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== FILE && p !== OBJECT && p !== null) w.refuse(v, FILE);
    const o = v as t.FileInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.content != null) { n++; w.str(152 /* content */, o.content, 'content'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.type != null) { n++; w.str(949 /* type */, o.type, 'type'); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 61);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeFilter(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== FILTER && p !== OBJECT && p !== null) w.refuse(v, FILTER);
    const o = v as t.FilterInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.position != null) { n++; w.int(695 /* position */, o.position, 'position'); }
    if (o.schedulingPolicyUnit != null) { n++; writeSchedulingPolicyUnit(w, o.schedulingPolicyUnit, 797 /* scheduling_policy_unit */, 'schedulingPolicyUnit', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 62);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeFloppy(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== FLOPPY && p !== OBJECT && p !== null) w.refuse(v, FLOPPY);
    const o = v as t.FloppyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.file != null) { n++; writeFile(w, o.file, 317 /* file */, 'file', -1); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 63);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeFopStatistic(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== FOP_STATISTIC && p !== OBJECT && p !== null) w.refuse(v, FOP_STATISTIC);
    const o = v as t.FopStatisticInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      w.openList(864 /* statistics */, 'statistics');
      for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 64);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGlusterBrick(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GLUSTER_BRICK && p !== OBJECT && p !== null) w.refuse(v, GLUSTER_BRICK);
    const o = v as t.GlusterBrickInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.brickDir != null) { n++; w.str(92 /* brick_dir */, o.brickDir, 'brickDir'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.device != null) { n++; w.str(207 /* device */, o.device, 'device'); }
    if (o.fsName != null) { n++; w.str(338 /* fs_name */, o.fsName, 'fsName'); }
    if (o.glusterClients != null) {
      n++;
      const a = w.list(o.glusterClients, 'glusterClients');
      w.openList(346 /* gluster_clients */, 'glusterClients');
      for (let k = 0; k < a.length; k++) writeGlusterClient(w, a[k], 345 /* gluster_client */, 'glusterClients', k);
      w.close();
    }
    if (o.memoryPools != null) {
      n++;
      const a = w.list(o.memoryPools, 'memoryPools');
      w.openList(536 /* memory_pools */, 'memoryPools');
      for (let k = 0; k < a.length; k++) writeGlusterMemoryPool(w, a[k], 535 /* memory_pool */, 'memoryPools', k);
      w.close();
    }
    if (o.mntOptions != null) { n++; w.str(552 /* mnt_options */, o.mntOptions, 'mntOptions'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.pid != null) { n++; w.int(680 /* pid */, o.pid, 'pid'); }
    if (o.port != null) { n++; w.int(690 /* port */, o.port, 'port'); }
    if (o.serverId != null) { n++; w.str(810 /* server_id */, o.serverId, 'serverId'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.glusterVolume != null) { n++; writeGlusterVolume(w, o.glusterVolume, 352 /* gluster_volume */, 'glusterVolume', -1); }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(864 /* statistics */, 'statistics');
        for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
        w.close();
      }
    }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 65);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGlusterBrickAdvancedDetails(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GLUSTER_BRICK_ADVANCED_DETAILS && p !== OBJECT && p !== null) w.refuse(v, GLUSTER_BRICK_ADVANCED_DETAILS);
    const o = v as t.GlusterBrickAdvancedDetailsInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.device != null) { n++; w.str(207 /* device */, o.device, 'device'); }
    if (o.fsName != null) { n++; w.str(338 /* fs_name */, o.fsName, 'fsName'); }
    if (o.glusterClients != null) {
      n++;
      const a = w.list(o.glusterClients, 'glusterClients');
      w.openList(346 /* gluster_clients */, 'glusterClients');
      for (let k = 0; k < a.length; k++) writeGlusterClient(w, a[k], 345 /* gluster_client */, 'glusterClients', k);
      w.close();
    }
    if (o.memoryPools != null) {
      n++;
      const a = w.list(o.memoryPools, 'memoryPools');
      w.openList(536 /* memory_pools */, 'memoryPools');
      for (let k = 0; k < a.length; k++) writeGlusterMemoryPool(w, a[k], 535 /* memory_pool */, 'memoryPools', k);
      w.close();
    }
    if (o.mntOptions != null) { n++; w.str(552 /* mnt_options */, o.mntOptions, 'mntOptions'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.pid != null) { n++; w.int(680 /* pid */, o.pid, 'pid'); }
    if (o.port != null) { n++; w.int(690 /* port */, o.port, 'port'); }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 66);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGlusterBrickMemoryInfo(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GLUSTER_BRICK_MEMORY_INFO && p !== OBJECT && p !== null) w.refuse(v, GLUSTER_BRICK_MEMORY_INFO);
    const o = v as t.GlusterBrickMemoryInfoInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.memoryPools != null) {
      n++;
      const a = w.list(o.memoryPools, 'memoryPools');
      w.openList(536 /* memory_pools */, 'memoryPools');
      for (let k = 0; k < a.length; k++) writeGlusterMemoryPool(w, a[k], 535 /* memory_pool */, 'memoryPools', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 67);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGlusterClient(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GLUSTER_CLIENT && p !== OBJECT && p !== null) w.refuse(v, GLUSTER_CLIENT);
    const o = v as t.GlusterClientInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.bytesRead != null) { n++; w.int(102 /* bytes_read */, o.bytesRead, 'bytesRead'); }
    if (o.bytesWritten != null) { n++; w.int(103 /* bytes_written */, o.bytesWritten, 'bytesWritten'); }
    if (o.clientPort != null) { n++; w.int(114 /* client_port */, o.clientPort, 'clientPort'); }
    if (o.hostName != null) { n++; w.str(387 /* host_name */, o.hostName, 'hostName'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 68);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGlusterHook(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GLUSTER_HOOK && p !== OBJECT && p !== null) w.refuse(v, GLUSTER_HOOK);
    const o = v as t.GlusterHookInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.checksum != null) { n++; w.str(112 /* checksum */, o.checksum, 'checksum'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.conflictStatus != null) { n++; w.int(145 /* conflict_status */, o.conflictStatus, 'conflictStatus'); }
    if (o.conflicts != null) { n++; w.str(146 /* conflicts */, o.conflicts, 'conflicts'); }
    if (o.content != null) { n++; w.str(152 /* content */, o.content, 'content'); }
    if (o.contentType != null) { n++; w.enumValue(153 /* content_type */, o.contentType, 'contentType'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.glusterCommand != null) { n++; w.str(347 /* gluster_command */, o.glusterCommand, 'glusterCommand'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.stage != null) { n++; w.enumValue(857 /* stage */, o.stage, 'stage'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.serverHooks != null) {
      n++;
      const a = w.list(o.serverHooks, 'serverHooks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(809 /* server_hooks */, 'serverHooks');
        for (let k = 0; k < a.length; k++) writeGlusterServerHook(w, a[k], 808 /* server_hook */, 'serverHooks', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 69);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGlusterMemoryPool(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GLUSTER_MEMORY_POOL && p !== OBJECT && p !== null) w.refuse(v, GLUSTER_MEMORY_POOL);
    const o = v as t.GlusterMemoryPoolInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.allocCount != null) { n++; w.int(29 /* alloc_count */, o.allocCount, 'allocCount'); }
    if (o.coldCount != null) { n++; w.int(133 /* cold_count */, o.coldCount, 'coldCount'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.hotCount != null) { n++; w.int(403 /* hot_count */, o.hotCount, 'hotCount'); }
    if (o.maxAlloc != null) { n++; w.int(514 /* max_alloc */, o.maxAlloc, 'maxAlloc'); }
    if (o.maxStdalloc != null) { n++; w.int(520 /* max_stdalloc */, o.maxStdalloc, 'maxStdalloc'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.paddedSize != null) { n++; w.int(657 /* padded_size */, o.paddedSize, 'paddedSize'); }
    if (o.poolMisses != null) { n++; w.int(689 /* pool_misses */, o.poolMisses, 'poolMisses'); }
    if (o.type != null) { n++; w.str(949 /* type */, o.type, 'type'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 70);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGlusterServerHook(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GLUSTER_SERVER_HOOK && p !== OBJECT && p !== null) w.refuse(v, GLUSTER_SERVER_HOOK);
    const o = v as t.GlusterServerHookInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.checksum != null) { n++; w.str(112 /* checksum */, o.checksum, 'checksum'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.contentType != null) { n++; w.enumValue(153 /* content_type */, o.contentType, 'contentType'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 71);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGlusterVolume(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GLUSTER_VOLUME && p !== OBJECT && p !== null) w.refuse(v, GLUSTER_VOLUME);
    const o = v as t.GlusterVolumeInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.disperseCount != null) { n++; w.int(233 /* disperse_count */, o.disperseCount, 'disperseCount'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.options != null) {
      n++;
      const a = w.list(o.options, 'options');
      w.openList(634 /* options */, 'options');
      for (let k = 0; k < a.length; k++) writeOption(w, a[k], 632 /* option */, 'options', k);
      w.close();
    }
    if (o.redundancyCount != null) { n++; w.int(746 /* redundancy_count */, o.redundancyCount, 'redundancyCount'); }
    if (o.replicaCount != null) { n++; w.int(772 /* replica_count */, o.replicaCount, 'replicaCount'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.stripeCount != null) { n++; w.int(892 /* stripe_count */, o.stripeCount, 'stripeCount'); }
    if (o.transportTypes != null) {
      n++;
      const a = w.list(o.transportTypes, 'transportTypes');
      w.openList(946 /* transport_types */, 'transportTypes');
      for (let k = 0; k < a.length; k++) w.enumValue(945 /* transport_type */, a[k], 'transportTypes', k);
      w.close();
    }
    if (o.volumeType != null) { n++; w.enumValue(1046 /* volume_type */, o.volumeType, 'volumeType'); }
    if (o.bricks != null) {
      n++;
      const a = w.list(o.bricks, 'bricks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(96 /* bricks */, 'bricks');
        for (let k = 0; k < a.length; k++) writeGlusterBrick(w, a[k], 91 /* brick */, 'bricks', k);
        w.close();
      }
    }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(864 /* statistics */, 'statistics');
        for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 72);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGlusterVolumeProfileDetails(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GLUSTER_VOLUME_PROFILE_DETAILS && p !== OBJECT && p !== null) w.refuse(v, GLUSTER_VOLUME_PROFILE_DETAILS);
    const o = v as t.GlusterVolumeProfileDetailsInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.brickProfileDetails != null) {
      n++;
      const a = w.list(o.brickProfileDetails, 'brickProfileDetails');
      w.openList(95 /* brick_profile_details */, 'brickProfileDetails');
      for (let k = 0; k < a.length; k++) writeBrickProfileDetail(w, a[k], 94 /* brick_profile_detail */, 'brickProfileDetails', k);
      w.close();
    }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.nfsProfileDetails != null) {
      n++;
      const a = w.list(o.nfsProfileDetails, 'nfsProfileDetails');
      w.openList(589 /* nfs_profile_details */, 'nfsProfileDetails');
      for (let k = 0; k < a.length; k++) writeNfsProfileDetail(w, a[k], 588 /* nfs_profile_detail */, 'nfsProfileDetails', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 73);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGraphicsConsole(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GRAPHICS_CONSOLE && p !== OBJECT && p !== null) w.refuse(v, GRAPHICS_CONSOLE);
    const o = v as t.GraphicsConsoleInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.port != null) { n++; w.int(690 /* port */, o.port, 'port'); }
    if (o.protocol != null) { n++; w.enumValue(718 /* protocol */, o.protocol, 'protocol'); }
    if (o.tlsPort != null) { n++; w.int(933 /* tls_port */, o.tlsPort, 'tlsPort'); }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 74);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGroup(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GROUP && p !== OBJECT && p !== null) w.refuse(v, GROUP);
    const o = v as t.GroupInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.domainEntryId != null) { n++; w.str(245 /* domain_entry_id */, o.domainEntryId, 'domainEntryId'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.namespace != null) { n++; w.str(567 /* namespace */, o.namespace, 'namespace'); }
    if (o.domain != null) { n++; writeDomain(w, o.domain, 244 /* domain */, 'domain', -1); }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.roles != null) {
      n++;
      const a = w.list(o.roles, 'roles');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(790 /* roles */, 'roles');
        for (let k = 0; k < a.length; k++) writeRole(w, a[k], 788 /* role */, 'roles', k);
        w.close();
      }
    }
    if (o.tags != null) {
      n++;
      const a = w.list(o.tags, 'tags');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(913 /* tags */, 'tags');
        for (let k = 0; k < a.length; k++) writeTag(w, a[k], 912 /* tag */, 'tags', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 75);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGuestOperatingSystem(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GUEST_OPERATING_SYSTEM && p !== OBJECT && p !== null) w.refuse(v, GUEST_OPERATING_SYSTEM);
    const o = v as t.GuestOperatingSystemInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.architecture != null) { n++; w.str(41 /* architecture */, o.architecture, 'architecture'); }
    if (o.codename != null) { n++; w.str(132 /* codename */, o.codename, 'codename'); }
    if (o.distribution != null) { n++; w.str(236 /* distribution */, o.distribution, 'distribution'); }
    if (o.family != null) { n++; w.str(311 /* family */, o.family, 'family'); }
    if (o.kernel != null) { n++; writeKernel(w, o.kernel, 462 /* kernel */, 'kernel', -1); }
    if (o.version != null) { n++; writeVersion(w, o.version, 996 /* version */, 'version', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 76);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeHardwareInformation(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== HARDWARE_INFORMATION && p !== OBJECT && p !== null) w.refuse(v, HARDWARE_INFORMATION);
    const o = v as t.HardwareInformationInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.family != null) { n++; w.str(311 /* family */, o.family, 'family'); }
    if (o.manufacturer != null) { n++; w.str(511 /* manufacturer */, o.manufacturer, 'manufacturer'); }
    if (o.productName != null) { n++; w.str(706 /* product_name */, o.productName, 'productName'); }
    if (o.serialNumber != null) { n++; w.str(806 /* serial_number */, o.serialNumber, 'serialNumber'); }
    if (o.supportedRngSources != null) {
      n++;
      const a = w.list(o.supportedRngSources, 'supportedRngSources');
      w.openList(900 /* supported_rng_sources */, 'supportedRngSources');
      for (let k = 0; k < a.length; k++) w.enumValue(899 /* supported_rng_source */, a[k], 'supportedRngSources', k);
      w.close();
    }
    if (o.uuid != null) { n++; w.str(984 /* uuid */, o.uuid, 'uuid'); }
    if (o.version != null) { n++; w.str(996 /* version */, o.version, 'version'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 77);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeHighAvailability(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== HIGH_AVAILABILITY && p !== OBJECT && p !== null) w.refuse(v, HIGH_AVAILABILITY);
    const o = v as t.HighAvailabilityInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    if (o.priority != null) { n++; w.int(701 /* priority */, o.priority, 'priority'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 78);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeHook(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== HOOK && p !== OBJECT && p !== null) w.refuse(v, HOOK);
    const o = v as t.HookInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.eventName != null) { n++; w.str(273 /* event_name */, o.eventName, 'eventName'); }
    if (o.md5 != null) { n++; w.str(525 /* md5 */, o.md5, 'md5'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 79);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeHost(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== HOST && p !== OBJECT && p !== null) w.refuse(v, HOST);
    const o = v as t.HostInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.autoNumaStatus != null) { n++; w.enumValue(57 /* auto_numa_status */, o.autoNumaStatus, 'autoNumaStatus'); }
    if (o.certificate != null) { n++; writeCertificate(w, o.certificate, 107 /* certificate */, 'certificate', -1); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.cpu != null) { n++; writeCpu(w, o.cpu, 159 /* cpu */, 'cpu', -1); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.devicePassthrough != null) { n++; writeHostDevicePassthrough(w, o.devicePassthrough, 208 /* device_passthrough */, 'devicePassthrough', -1); }
    if (o.display != null) { n++; writeDisplay(w, o.display, 234 /* display */, 'display', -1); }
    if (o.externalStatus != null) { n++; w.enumValue(301 /* external_status */, o.externalStatus, 'externalStatus'); }
    if (o.hardwareInformation != null) { n++; writeHardwareInformation(w, o.hardwareInformation, 370 /* hardware_information */, 'hardwareInformation', -1); }
    if (o.hostedEngine != null) { n++; writeHostedEngine(w, o.hostedEngine, 397 /* hosted_engine */, 'hostedEngine', -1); }
    if (o.iscsi != null) { n++; writeIscsiDetails(w, o.iscsi, 446 /* iscsi */, 'iscsi', -1); }
    if (o.kdumpStatus != null) { n++; w.enumValue(461 /* kdump_status */, o.kdumpStatus, 'kdumpStatus'); }
    if (o.ksm != null) { n++; writeKsm(w, o.ksm, 467 /* ksm */, 'ksm', -1); }
    if (o.libvirtVersion != null) { n++; writeVersion(w, o.libvirtVersion, 481 /* libvirt_version */, 'libvirtVersion', -1); }
    if (o.maxSchedulingMemory != null) { n++; w.int(519 /* max_scheduling_memory */, o.maxSchedulingMemory, 'maxSchedulingMemory'); }
    if (o.memory != null) { n++; w.int(529 /* memory */, o.memory, 'memory'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.networkOperationInProgress != null) { n++; w.bool(581 /* network_operation_in_progress */, o.networkOperationInProgress, 'networkOperationInProgress'); }
    if (o.numaSupported != null) { n++; w.bool(602 /* numa_supported */, o.numaSupported, 'numaSupported'); }
    if (o.os != null) { n++; writeOperatingSystem(w, o.os, 640 /* os */, 'os', -1); }
    if (o.overrideIptables != null) { n++; w.bool(651 /* override_iptables */, o.overrideIptables, 'overrideIptables'); }
    if (o.ovnConfigured != null) { n++; w.bool(653 /* ovn_configured */, o.ovnConfigured, 'ovnConfigured'); }
    if (o.port != null) { n++; w.int(690 /* port */, o.port, 'port'); }
    if (o.powerManagement != null) { n++; writePowerManagement(w, o.powerManagement, 697 /* power_management */, 'powerManagement', -1); }
    if (o.protocol != null) { n++; w.enumValue(718 /* protocol */, o.protocol, 'protocol'); }
    if (o.reinstallationRequired != null) { n++; w.bool(766 /* reinstallation_required */, o.reinstallationRequired, 'reinstallationRequired'); }
    if (o.rootPassword != null) { n++; w.str(791 /* root_password */, o.rootPassword, 'rootPassword'); }
    if (o.seLinux != null) { n++; writeSeLinux(w, o.seLinux, 800 /* se_linux */, 'seLinux', -1); }
    if (o.spm != null) { n++; writeSpm(w, o.spm, 848 /* spm */, 'spm', -1); }
    if (o.ssh != null) { n++; writeSsh(w, o.ssh, 850 /* ssh */, 'ssh', -1); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.statusDetail != null) { n++; w.str(866 /* status_detail */, o.statusDetail, 'statusDetail'); }
    if (o.summary != null) { n++; writeVmSummary(w, o.summary, 898 /* summary */, 'summary', -1); }
    if (o.transparentHugePages != null) { n++; writeTransparentHugePages(w, o.transparentHugePages, 944 /* transparent_hugepages */, 'transparentHugePages', -1); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.updateAvailable != null) { n++; w.bool(957 /* update_available */, o.updateAvailable, 'updateAvailable'); }
    if (o.version != null) { n++; writeVersion(w, o.version, 996 /* version */, 'version', -1); }
    if (o.vgpuPlacement != null) { n++; w.enumValue(1001 /* vgpu_placement */, o.vgpuPlacement, 'vgpuPlacement'); }
    if (o.affinityLabels != null) {
      n++;
      const a = w.list(o.affinityLabels, 'affinityLabels');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(18 /* affinity_labels */, 'affinityLabels');
        for (let k = 0; k < a.length; k++) writeAffinityLabel(w, a[k], 16 /* affinity_label */, 'affinityLabels', k);
        w.close();
      }
    }
    if (o.agents != null) {
      n++;
      const a = w.list(o.agents, 'agents');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(26 /* agents */, 'agents');
        for (let k = 0; k < a.length; k++) writeAgent(w, a[k], 23 /* agent */, 'agents', k);
        w.close();
      }
    }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.cpuUnits != null) {
      n++;
      const a = w.list(o.cpuUnits, 'cpuUnits');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(173 /* cpu_units */, 'cpuUnits');
        for (let k = 0; k < a.length; k++) writeHostCpuUnit(w, a[k], 379 /* host_cpu_unit */, 'cpuUnits', k);
        w.close();
      }
    }
    if (o.devices != null) {
      n++;
      const a = w.list(o.devices, 'devices');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(209 /* devices */, 'devices');
        for (let k = 0; k < a.length; k++) writeHostDevice(w, a[k], 381 /* host_device */, 'devices', k);
        w.close();
      }
    }
    if (o.externalHostProvider != null) { n++; writeExternalHostProvider(w, o.externalHostProvider, 290 /* external_host_provider */, 'externalHostProvider', -1); }
    if (o.externalNetworkProviderConfigurations != null) {
      n++;
      const a = w.list(o.externalNetworkProviderConfigurations, 'externalNetworkProviderConfigurations');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(295 /* external_network_provider_configurations */, 'externalNetworkProviderConfigurations');
        for (let k = 0; k < a.length; k++) writeExternalNetworkProviderConfiguration(w, a[k], 294 /* external_network_provider_configuration */, 'externalNetworkProviderConfigurations', k);
        w.close();
      }
    }
    if (o.hooks != null) {
      n++;
      const a = w.list(o.hooks, 'hooks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(377 /* hooks */, 'hooks');
        for (let k = 0; k < a.length; k++) writeHook(w, a[k], 376 /* hook */, 'hooks', k);
        w.close();
      }
    }
    if (o.katelloErrata != null) {
      n++;
      const a = w.list(o.katelloErrata, 'katelloErrata');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(457 /* katello_errata */, 'katelloErrata');
        for (let k = 0; k < a.length; k++) writeKatelloErratum(w, a[k], 458 /* katello_erratum */, 'katelloErrata', k);
        w.close();
      }
    }
    if (o.networkAttachments != null) {
      n++;
      const a = w.list(o.networkAttachments, 'networkAttachments');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(571 /* network_attachments */, 'networkAttachments');
        for (let k = 0; k < a.length; k++) writeNetworkAttachment(w, a[k], 570 /* network_attachment */, 'networkAttachments', k);
        w.close();
      }
    }
    if (o.nics != null) {
      n++;
      const a = w.list(o.nics, 'nics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(597 /* nics */, 'nics');
        for (let k = 0; k < a.length; k++) writeHostNic(w, a[k], 388 /* host_nic */, 'nics', k);
        w.close();
      }
    }
    if (o.numaNodes != null) {
      n++;
      const a = w.list(o.numaNodes, 'numaNodes');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(393 /* host_numa_nodes */, 'numaNodes');
        for (let k = 0; k < a.length; k++) writeNumaNode(w, a[k], 392 /* host_numa_node */, 'numaNodes', k);
        w.close();
      }
    }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(864 /* statistics */, 'statistics');
        for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
        w.close();
      }
    }
    if (o.storageConnectionExtensions != null) {
      n++;
      const a = w.list(o.storageConnectionExtensions, 'storageConnectionExtensions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(875 /* storage_connection_extensions */, 'storageConnectionExtensions');
        for (let k = 0; k < a.length; k++) writeStorageConnectionExtension(w, a[k], 874 /* storage_connection_extension */, 'storageConnectionExtensions', k);
        w.close();
      }
    }
    if (o.storages != null) {
      n++;
      const a = w.list(o.storages, 'storages');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(890 /* storages */, 'storages');
        for (let k = 0; k < a.length; k++) writeHostStorage(w, a[k], 394 /* host_storage */, 'storages', k);
        w.close();
      }
    }
    if (o.tags != null) {
      n++;
      const a = w.list(o.tags, 'tags');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(913 /* tags */, 'tags');
        for (let k = 0; k < a.length; k++) writeTag(w, a[k], 912 /* tag */, 'tags', k);
        w.close();
      }
    }
    if (o.unmanagedNetworks != null) {
      n++;
      const a = w.list(o.unmanagedNetworks, 'unmanagedNetworks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(955 /* unmanaged_networks */, 'unmanagedNetworks');
        for (let k = 0; k < a.length; k++) writeUnmanagedNetwork(w, a[k], 954 /* unmanaged_network */, 'unmanagedNetworks', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 80);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeHostCpuUnit(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== HOST_CPU_UNIT && p !== OBJECT && p !== null) w.refuse(v, HOST_CPU_UNIT);
    const o = v as t.HostCpuUnitInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.coreId != null) { n++; w.int(156 /* core_id */, o.coreId, 'coreId'); }
    if (o.cpuId != null) { n++; w.int(160 /* cpu_id */, o.cpuId, 'cpuId'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.runsVdsm != null) { n++; w.bool(794 /* runs_vdsm */, o.runsVdsm, 'runsVdsm'); }
    if (o.socketId != null) { n++; w.int(835 /* socket_id */, o.socketId, 'socketId'); }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 81);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeHostDevice(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== HOST_DEVICE && p !== OBJECT && p !== null) w.refuse(v, HOST_DEVICE);
    const o = v as t.HostDeviceInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.capability != null) { n++; w.str(104 /* capability */, o.capability, 'capability'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.driver != null) { n++; w.str(249 /* driver */, o.driver, 'driver'); }
    if (o.iommuGroup != null) { n++; w.int(436 /* iommu_group */, o.iommuGroup, 'iommuGroup'); }
    if (o.mDevTypes != null) {
      n++;
      const a = w.list(o.mDevTypes, 'mDevTypes');
      w.openList(501 /* m_dev_types */, 'mDevTypes');
      for (let k = 0; k < a.length; k++) writeMDevType(w, a[k], 500 /* m_dev_type */, 'mDevTypes', k);
      w.close();
    }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.physicalFunction != null) { n++; writeHostDevice(w, o.physicalFunction, 679 /* physical_function */, 'physicalFunction', -1); }
    if (o.placeholder != null) { n++; w.bool(682 /* placeholder */, o.placeholder, 'placeholder'); }
    if (o.product != null) { n++; writeProduct(w, o.product, 702 /* product */, 'product', -1); }
    if (o.vendor != null) { n++; writeVendor(w, o.vendor, 993 /* vendor */, 'vendor', -1); }
    if (o.virtualFunctions != null) { n++; w.int(1010 /* virtual_functions */, o.virtualFunctions, 'virtualFunctions'); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.parentDevice != null) { n++; writeHostDevice(w, o.parentDevice, 660 /* parent_device */, 'parentDevice', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 82);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeHostDevicePassthrough(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== HOST_DEVICE_PASSTHROUGH && p !== OBJECT && p !== null) w.refuse(v, HOST_DEVICE_PASSTHROUGH);
    const o = v as t.HostDevicePassthroughInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 83);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeHostNic(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== HOST_NIC && p !== OBJECT && p !== null) w.refuse(v, HOST_NIC);
    const o = v as t.HostNicInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.adAggregatorId != null) { n++; w.int(8 /* ad_aggregator_id */, o.adAggregatorId, 'adAggregatorId'); }
    if (o.baseInterface != null) { n++; w.str(72 /* base_interface */, o.baseInterface, 'baseInterface'); }
    if (o.bonding != null) { n++; writeBonding(w, o.bonding, 81 /* bonding */, 'bonding', -1); }
    if (o.bootProtocol != null) { n++; w.enumValue(88 /* boot_protocol */, o.bootProtocol, 'bootProtocol'); }
    if (o.bridged != null) { n++; w.bool(97 /* bridged */, o.bridged, 'bridged'); }
    if (o.checkConnectivity != null) { n++; w.bool(109 /* check_connectivity */, o.checkConnectivity, 'checkConnectivity'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.customConfiguration != null) { n++; w.bool(181 /* custom_configuration */, o.customConfiguration, 'customConfiguration'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.ip != null) { n++; writeIp(w, o.ip, 438 /* ip */, 'ip', -1); }
    if (o.ipv6 != null) { n++; writeIp(w, o.ipv6, 443 /* ipv6 */, 'ipv6', -1); }
    if (o.ipv6BootProtocol != null) { n++; w.enumValue(444 /* ipv6_boot_protocol */, o.ipv6BootProtocol, 'ipv6BootProtocol'); }
    if (o.mac != null) { n++; writeMac(w, o.mac, 502 /* mac */, 'mac', -1); }
    if (o.mtu != null) { n++; w.int(561 /* mtu */, o.mtu, 'mtu'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.overrideConfiguration != null) { n++; w.bool(650 /* override_configuration */, o.overrideConfiguration, 'overrideConfiguration'); }
    if (o.properties != null) {
      n++;
      const a = w.list(o.properties, 'properties');
      w.openList(716 /* properties */, 'properties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'properties', k);
      w.close();
    }
    if (o.speed != null) { n++; w.int(847 /* speed */, o.speed, 'speed'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.virtualFunctionsConfiguration != null) { n++; writeHostNicVirtualFunctionsConfiguration(w, o.virtualFunctionsConfiguration, 1011 /* virtual_functions_configuration */, 'virtualFunctionsConfiguration', -1); }
    if (o.vlan != null) { n++; writeVlan(w, o.vlan, 1014 /* vlan */, 'vlan', -1); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.network != null) { n++; writeNetwork(w, o.network, 569 /* network */, 'network', -1); }
    if (o.networkLabels != null) {
      n++;
      const a = w.list(o.networkLabels, 'networkLabels');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(579 /* network_labels */, 'networkLabels');
        for (let k = 0; k < a.length; k++) writeNetworkLabel(w, a[k], 578 /* network_label */, 'networkLabels', k);
        w.close();
      }
    }
    if (o.physicalFunction != null) { n++; writeHostNic(w, o.physicalFunction, 679 /* physical_function */, 'physicalFunction', -1); }
    if (o.qos != null) { n++; writeQos(w, o.qos, 727 /* qos */, 'qos', -1); }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(864 /* statistics */, 'statistics');
        for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 84);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeHostNicVirtualFunctionsConfiguration(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== HOST_NIC_VIRTUAL_FUNCTIONS_CONFIGURATION && p !== OBJECT && p !== null) w.refuse(v, HOST_NIC_VIRTUAL_FUNCTIONS_CONFIGURATION);
    const o = v as t.HostNicVirtualFunctionsConfigurationInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.allNetworksAllowed != null) { n++; w.bool(28 /* all_networks_allowed */, o.allNetworksAllowed, 'allNetworksAllowed'); }
    if (o.maxNumberOfVirtualFunctions != null) { n++; w.int(516 /* max_number_of_virtual_functions */, o.maxNumberOfVirtualFunctions, 'maxNumberOfVirtualFunctions'); }
    if (o.numberOfVirtualFunctions != null) { n++; w.int(606 /* number_of_virtual_functions */, o.numberOfVirtualFunctions, 'numberOfVirtualFunctions'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 85);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeHostStorage(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== HOST_STORAGE && p !== OBJECT && p !== null) w.refuse(v, HOST_STORAGE);
    const o = v as t.HostStorageInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.driverOptions != null) {
      n++;
      const a = w.list(o.driverOptions, 'driverOptions');
      w.openList(250 /* driver_options */, 'driverOptions');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'driverOptions', k);
      w.close();
    }
    if (o.driverSensitiveOptions != null) {
      n++;
      const a = w.list(o.driverSensitiveOptions, 'driverSensitiveOptions');
      w.openList(251 /* driver_sensitive_options */, 'driverSensitiveOptions');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'driverSensitiveOptions', k);
      w.close();
    }
    if (o.logicalUnits != null) {
      n++;
      const a = w.list(o.logicalUnits, 'logicalUnits');
      w.openList(496 /* logical_units */, 'logicalUnits');
      for (let k = 0; k < a.length; k++) writeLogicalUnit(w, a[k], 495 /* logical_unit */, 'logicalUnits', k);
      w.close();
    }
    if (o.mountOptions != null) { n++; w.str(560 /* mount_options */, o.mountOptions, 'mountOptions'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.nfsRetrans != null) { n++; w.int(590 /* nfs_retrans */, o.nfsRetrans, 'nfsRetrans'); }
    if (o.nfsTimeo != null) { n++; w.int(592 /* nfs_timeo */, o.nfsTimeo, 'nfsTimeo'); }
    if (o.nfsVersion != null) { n++; w.enumValue(593 /* nfs_version */, o.nfsVersion, 'nfsVersion'); }
    if (o.overrideLuns != null) { n++; w.bool(652 /* override_luns */, o.overrideLuns, 'overrideLuns'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.path != null) { n++; w.str(666 /* path */, o.path, 'path'); }
    if (o.port != null) { n++; w.int(690 /* port */, o.port, 'port'); }
    if (o.portal != null) { n++; w.str(694 /* portal */, o.portal, 'portal'); }
    if (o.target != null) { n++; w.str(914 /* target */, o.target, 'target'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    if (o.vfsType != null) { n++; w.str(1000 /* vfs_type */, o.vfsType, 'vfsType'); }
    if (o.volumeGroup != null) { n++; writeVolumeGroup(w, o.volumeGroup, 1042 /* volume_group */, 'volumeGroup', -1); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 86);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeHostedEngine(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== HOSTED_ENGINE && p !== OBJECT && p !== null) w.refuse(v, HOSTED_ENGINE);
    const o = v as t.HostedEngineInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.active != null) { n++; w.bool(2 /* active */, o.active, 'active'); }
    if (o.configured != null) { n++; w.bool(144 /* configured */, o.configured, 'configured'); }
    if (o.globalMaintenance != null) { n++; w.bool(341 /* global_maintenance */, o.globalMaintenance, 'globalMaintenance'); }
    if (o.localMaintenance != null) { n++; w.bool(488 /* local_maintenance */, o.localMaintenance, 'localMaintenance'); }
    if (o.score != null) { n++; w.int(799 /* score */, o.score, 'score'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 87);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeIcon(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== ICON && p !== OBJECT && p !== null) w.refuse(v, ICON);
    const o = v as t.IconInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.data != null) { n++; w.str(193 /* data */, o.data, 'data'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.mediaType != null) { n++; w.str(526 /* media_type */, o.mediaType, 'mediaType'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 88);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeIdentified(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== IDENTIFIED && p !== OBJECT && p !== null) w.refuse(v, IDENTIFIED);
    const o = v as t.IdentifiedInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 89);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeImage(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== IMAGE && p !== OBJECT && p !== null) w.refuse(v, IMAGE);
    const o = v as t.ImageInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.size != null) { n++; w.int(820 /* size */, o.size, 'size'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 90);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeImageTransfer(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== IMAGE_TRANSFER && p !== OBJECT && p !== null) w.refuse(v, IMAGE_TRANSFER);
    const o = v as t.ImageTransferInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.active != null) { n++; w.bool(2 /* active */, o.active, 'active'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.direction != null) { n++; w.enumValue(210 /* direction */, o.direction, 'direction'); }
    if (o.format != null) { n++; w.enumValue(334 /* format */, o.format, 'format'); }
    if (o.inactivityTimeout != null) { n++; w.int(419 /* inactivity_timeout */, o.inactivityTimeout, 'inactivityTimeout'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.phase != null) { n++; w.enumValue(678 /* phase */, o.phase, 'phase'); }
    if (o.proxyUrl != null) { n++; w.str(724 /* proxy_url */, o.proxyUrl, 'proxyUrl'); }
    if (o.shallow != null) { n++; w.bool(817 /* shallow */, o.shallow, 'shallow'); }
    if (o.timeoutPolicy != null) { n++; w.enumValue(930 /* timeout_policy */, o.timeoutPolicy, 'timeoutPolicy'); }
    if (o.transferUrl != null) { n++; w.str(941 /* transfer_url */, o.transferUrl, 'transferUrl'); }
    if (o.transferred != null) { n++; w.int(942 /* transferred */, o.transferred, 'transferred'); }
    if (o.backup != null) { n++; writeBackup(w, o.backup, 64 /* backup */, 'backup', -1); }
    if (o.disk != null) { n++; writeDisk(w, o.disk, 221 /* disk */, 'disk', -1); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.image != null) { n++; writeImage(w, o.image, 411 /* image */, 'image', -1); }
    if (o.snapshot != null) { n++; writeDiskSnapshot(w, o.snapshot, 830 /* snapshot */, 'snapshot', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 91);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeInitialization(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== INITIALIZATION && p !== OBJECT && p !== null) w.refuse(v, INITIALIZATION);
    const o = v as t.InitializationInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.activeDirectoryOu != null) { n++; w.str(3 /* active_directory_ou */, o.activeDirectoryOu, 'activeDirectoryOu'); }
    if (o.authorizedSshKeys != null) { n++; w.str(54 /* authorized_ssh_keys */, o.authorizedSshKeys, 'authorizedSshKeys'); }
    if (o.cloudInit != null) { n++; writeCloudInit(w, o.cloudInit, 117 /* cloud_init */, 'cloudInit', -1); }
    if (o.cloudInitNetworkProtocol != null) { n++; w.enumValue(118 /* cloud_init_network_protocol */, o.cloudInitNetworkProtocol, 'cloudInitNetworkProtocol'); }
    if (o.configuration != null) { n++; writeConfiguration(w, o.configuration, 142 /* configuration */, 'configuration', -1); }
    if (o.customScript != null) { n++; w.str(191 /* custom_script */, o.customScript, 'customScript'); }
    if (o.dnsSearch != null) { n++; w.str(240 /* dns_search */, o.dnsSearch, 'dnsSearch'); }
    if (o.dnsServers != null) { n++; w.str(242 /* dns_servers */, o.dnsServers, 'dnsServers'); }
    if (o.domain != null) { n++; w.str(244 /* domain */, o.domain, 'domain'); }
    if (o.hostName != null) { n++; w.str(387 /* host_name */, o.hostName, 'hostName'); }
    if (o.inputLocale != null) { n++; w.str(429 /* input_locale */, o.inputLocale, 'inputLocale'); }
    if (o.nicConfigurations != null) {
      n++;
      const a = w.list(o.nicConfigurations, 'nicConfigurations');
      w.openList(596 /* nic_configurations */, 'nicConfigurations');
      for (let k = 0; k < a.length; k++) writeNicConfiguration(w, a[k], 595 /* nic_configuration */, 'nicConfigurations', k);
      w.close();
    }
    if (o.orgName != null) { n++; w.str(636 /* org_name */, o.orgName, 'orgName'); }
    if (o.regenerateIds != null) { n++; w.bool(747 /* regenerate_ids */, o.regenerateIds, 'regenerateIds'); }
    if (o.regenerateSshKeys != null) { n++; w.bool(748 /* regenerate_ssh_keys */, o.regenerateSshKeys, 'regenerateSshKeys'); }
    if (o.rootPassword != null) { n++; w.str(791 /* root_password */, o.rootPassword, 'rootPassword'); }
    if (o.systemLocale != null) { n++; w.str(907 /* system_locale */, o.systemLocale, 'systemLocale'); }
    if (o.timezone != null) { n++; w.str(931 /* timezone */, o.timezone, 'timezone'); }
    if (o.uiLanguage != null) { n++; w.str(950 /* ui_language */, o.uiLanguage, 'uiLanguage'); }
    if (o.userLocale != null) { n++; w.str(976 /* user_locale */, o.userLocale, 'userLocale'); }
    if (o.userName != null) { n++; w.str(977 /* user_name */, o.userName, 'userName'); }
    if (o.windowsLicenseKey != null) { n++; w.str(1054 /* windows_license_key */, o.windowsLicenseKey, 'windowsLicenseKey'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 92);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeInstanceType(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== INSTANCE_TYPE && p !== OBJECT && p !== null) w.refuse(v, INSTANCE_TYPE);
    const o = v as t.InstanceTypeInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.autoPinningPolicy != null) { n++; w.enumValue(58 /* auto_pinning_policy */, o.autoPinningPolicy, 'autoPinningPolicy'); }
    if (o.bios != null) { n++; writeBios(w, o.bios, 74 /* bios */, 'bios', -1); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.console != null) { n++; writeConsole(w, o.console, 149 /* console */, 'console', -1); }
    if (o.cpu != null) { n++; writeCpu(w, o.cpu, 159 /* cpu */, 'cpu', -1); }
    if (o.cpuPinningPolicy != null) { n++; w.enumValue(162 /* cpu_pinning_policy */, o.cpuPinningPolicy, 'cpuPinningPolicy'); }
    if (o.cpuShares != null) { n++; w.int(166 /* cpu_shares */, o.cpuShares, 'cpuShares'); }
    if (o.creationTime != null) { n++; w.date(178 /* creation_time */, o.creationTime, 'creationTime'); }
    if (o.customCompatibilityVersion != null) { n++; writeVersion(w, o.customCompatibilityVersion, 180 /* custom_compatibility_version */, 'customCompatibilityVersion', -1); }
    if (o.customCpuModel != null) { n++; w.str(182 /* custom_cpu_model */, o.customCpuModel, 'customCpuModel'); }
    if (o.customEmulatedMachine != null) { n++; w.str(184 /* custom_emulated_machine */, o.customEmulatedMachine, 'customEmulatedMachine'); }
    if (o.customProperties != null) {
      n++;
      const a = w.list(o.customProperties, 'customProperties');
      w.openList(188 /* custom_properties */, 'customProperties');
      for (let k = 0; k < a.length; k++) writeCustomProperty(w, a[k], 189 /* custom_property */, 'customProperties', k);
      w.close();
    }
    if (o.deleteProtected != null) { n++; w.bool(201 /* delete_protected */, o.deleteProtected, 'deleteProtected'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.display != null) { n++; writeDisplay(w, o.display, 234 /* display */, 'display', -1); }
    if (o.domain != null) { n++; writeDomain(w, o.domain, 244 /* domain */, 'domain', -1); }
    if (o.highAvailability != null) { n++; writeHighAvailability(w, o.highAvailability, 375 /* high_availability */, 'highAvailability', -1); }
    if (o.initialization != null) { n++; writeInitialization(w, o.initialization, 425 /* initialization */, 'initialization', -1); }
    if (o.io != null) { n++; writeIo(w, o.io, 435 /* io */, 'io', -1); }
    if (o.largeIcon != null) { n++; writeIcon(w, o.largeIcon, 469 /* large_icon */, 'largeIcon', -1); }
    if (o.lease != null) { n++; writeStorageDomainLease(w, o.lease, 479 /* lease */, 'lease', -1); }
    if (o.memory != null) { n++; w.int(529 /* memory */, o.memory, 'memory'); }
    if (o.memoryPolicy != null) { n++; writeMemoryPolicy(w, o.memoryPolicy, 534 /* memory_policy */, 'memoryPolicy', -1); }
    if (o.migration != null) { n++; writeMigrationOptions(w, o.migration, 544 /* migration */, 'migration', -1); }
    if (o.migrationDowntime != null) { n++; w.int(547 /* migration_downtime */, o.migrationDowntime, 'migrationDowntime'); }
    if (o.multiQueuesEnabled != null) { n++; w.bool(562 /* multi_queues_enabled */, o.multiQueuesEnabled, 'multiQueuesEnabled'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.origin != null) { n++; w.str(638 /* origin */, o.origin, 'origin'); }
    if (o.os != null) { n++; writeOperatingSystem(w, o.os, 640 /* os */, 'os', -1); }
    if (o.placementPolicy != null) { n++; writeVmPlacementPolicy(w, o.placementPolicy, 683 /* placement_policy */, 'placementPolicy', -1); }
    if (o.rngDevice != null) { n++; writeRngDevice(w, o.rngDevice, 786 /* rng_device */, 'rngDevice', -1); }
    if (o.serialNumber != null) { n++; writeSerialNumber(w, o.serialNumber, 806 /* serial_number */, 'serialNumber', -1); }
    if (o.smallIcon != null) { n++; writeIcon(w, o.smallIcon, 828 /* small_icon */, 'smallIcon', -1); }
    if (o.soundcardEnabled != null) { n++; w.bool(838 /* soundcard_enabled */, o.soundcardEnabled, 'soundcardEnabled'); }
    if (o.sso != null) { n++; writeSso(w, o.sso, 855 /* sso */, 'sso', -1); }
    if (o.startPaused != null) { n++; w.bool(858 /* start_paused */, o.startPaused, 'startPaused'); }
    if (o.stateless != null) { n++; w.bool(862 /* stateless */, o.stateless, 'stateless'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.storageErrorResumeBehaviour != null) { n++; w.enumValue(882 /* storage_error_resume_behaviour */, o.storageErrorResumeBehaviour, 'storageErrorResumeBehaviour'); }
    if (o.timeZone != null) { n++; writeTimeZone(w, o.timeZone, 927 /* time_zone */, 'timeZone', -1); }
    if (o.tpmEnabled != null) { n++; w.bool(939 /* tpm_enabled */, o.tpmEnabled, 'tpmEnabled'); }
    if (o.tunnelMigration != null) { n++; w.bool(948 /* tunnel_migration */, o.tunnelMigration, 'tunnelMigration'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.usb != null) { n++; writeUsb(w, o.usb, 966 /* usb */, 'usb', -1); }
    if (o.version != null) { n++; writeTemplateVersion(w, o.version, 996 /* version */, 'version', -1); }
    if (o.virtioScsi != null) { n++; writeVirtioScsi(w, o.virtioScsi, 1004 /* virtio_scsi */, 'virtioScsi', -1); }
    if (o.virtioScsiMultiQueues != null) { n++; w.int(1005 /* virtio_scsi_multi_queues */, o.virtioScsiMultiQueues, 'virtioScsiMultiQueues'); }
    if (o.virtioScsiMultiQueuesEnabled != null) { n++; w.bool(1006 /* virtio_scsi_multi_queues_enabled */, o.virtioScsiMultiQueuesEnabled, 'virtioScsiMultiQueuesEnabled'); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.cdroms != null) {
      n++;
      const a = w.list(o.cdroms, 'cdroms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(106 /* cdroms */, 'cdroms');
        for (let k = 0; k < a.length; k++) writeCdrom(w, a[k], 105 /* cdrom */, 'cdroms', k);
        w.close();
      }
    }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.cpuProfile != null) { n++; writeCpuProfile(w, o.cpuProfile, 163 /* cpu_profile */, 'cpuProfile', -1); }
    if (o.diskAttachments != null) {
      n++;
      const a = w.list(o.diskAttachments, 'diskAttachments');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(223 /* disk_attachments */, 'diskAttachments');
        for (let k = 0; k < a.length; k++) writeDiskAttachment(w, a[k], 222 /* disk_attachment */, 'diskAttachments', k);
        w.close();
      }
    }
    if (o.graphicsConsoles != null) {
      n++;
      const a = w.list(o.graphicsConsoles, 'graphicsConsoles');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(361 /* graphics_consoles */, 'graphicsConsoles');
        for (let k = 0; k < a.length; k++) writeGraphicsConsole(w, a[k], 360 /* graphics_console */, 'graphicsConsoles', k);
        w.close();
      }
    }
    if (o.mediatedDevices != null) {
      n++;
      const a = w.list(o.mediatedDevices, 'mediatedDevices');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(527 /* mediated_devices */, 'mediatedDevices');
        for (let k = 0; k < a.length; k++) writeVmMediatedDevice(w, a[k], 1020 /* vm_mediated_device */, 'mediatedDevices', k);
        w.close();
      }
    }
    if (o.nics != null) {
      n++;
      const a = w.list(o.nics, 'nics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(597 /* nics */, 'nics');
        for (let k = 0; k < a.length; k++) writeNic(w, a[k], 594 /* nic */, 'nics', k);
        w.close();
      }
    }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.quota != null) { n++; writeQuota(w, o.quota, 729 /* quota */, 'quota', -1); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    if (o.tags != null) {
      n++;
      const a = w.list(o.tags, 'tags');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(913 /* tags */, 'tags');
        for (let k = 0; k < a.length; k++) writeTag(w, a[k], 912 /* tag */, 'tags', k);
        w.close();
      }
    }
    if (o.watchdogs != null) {
      n++;
      const a = w.list(o.watchdogs, 'watchdogs');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1051 /* watchdogs */, 'watchdogs');
        for (let k = 0; k < a.length; k++) writeWatchdog(w, a[k], 1050 /* watchdog */, 'watchdogs', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 93);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeIo(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== IO && p !== OBJECT && p !== null) w.refuse(v, IO);
    const o = v as t.IoInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.threads != null) { n++; w.int(921 /* threads */, o.threads, 'threads'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 94);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeIp(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== IP && p !== OBJECT && p !== null) w.refuse(v, IP);
    const o = v as t.IpInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.gateway != null) { n++; w.str(340 /* gateway */, o.gateway, 'gateway'); }
    if (o.netmask != null) { n++; w.str(568 /* netmask */, o.netmask, 'netmask'); }
    if (o.version != null) { n++; w.enumValue(996 /* version */, o.version, 'version'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 95);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeIpAddressAssignment(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== IP_ADDRESS_ASSIGNMENT && p !== OBJECT && p !== null) w.refuse(v, IP_ADDRESS_ASSIGNMENT);
    const o = v as t.IpAddressAssignmentInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.assignmentMethod != null) { n++; w.enumValue(43 /* assignment_method */, o.assignmentMethod, 'assignmentMethod'); }
    if (o.ip != null) { n++; writeIp(w, o.ip, 438 /* ip */, 'ip', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 96);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeIscsiBond(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== ISCSI_BOND && p !== OBJECT && p !== null) w.refuse(v, ISCSI_BOND);
    const o = v as t.IscsiBondInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.dataCenter != null) { n++; writeDataCenter(w, o.dataCenter, 194 /* data_center */, 'dataCenter', -1); }
    if (o.networks != null) {
      n++;
      const a = w.list(o.networks, 'networks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(586 /* networks */, 'networks');
        for (let k = 0; k < a.length; k++) writeNetwork(w, a[k], 569 /* network */, 'networks', k);
        w.close();
      }
    }
    if (o.storageConnections != null) {
      n++;
      const a = w.list(o.storageConnections, 'storageConnections');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(876 /* storage_connections */, 'storageConnections');
        for (let k = 0; k < a.length; k++) writeStorageConnection(w, a[k], 873 /* storage_connection */, 'storageConnections', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 97);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeIscsiDetails(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== ISCSI_DETAILS && p !== OBJECT && p !== null) w.refuse(v, ISCSI_DETAILS);
    const o = v as t.IscsiDetailsInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.diskId != null) { n++; w.str(224 /* disk_id */, o.diskId, 'diskId'); }
    if (o.initiator != null) { n++; w.str(427 /* initiator */, o.initiator, 'initiator'); }
    if (o.lunMapping != null) { n++; w.int(497 /* lun_mapping */, o.lunMapping, 'lunMapping'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.paths != null) { n++; w.int(667 /* paths */, o.paths, 'paths'); }
    if (o.port != null) { n++; w.int(690 /* port */, o.port, 'port'); }
    if (o.portal != null) { n++; w.str(694 /* portal */, o.portal, 'portal'); }
    if (o.productId != null) { n++; w.str(703 /* product_id */, o.productId, 'productId'); }
    if (o.serial != null) { n++; w.str(805 /* serial */, o.serial, 'serial'); }
    if (o.size != null) { n++; w.int(820 /* size */, o.size, 'size'); }
    if (o.status != null) { n++; w.str(865 /* status */, o.status, 'status'); }
    if (o.storageDomainId != null) { n++; w.str(878 /* storage_domain_id */, o.storageDomainId, 'storageDomainId'); }
    if (o.target != null) { n++; w.str(914 /* target */, o.target, 'target'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    if (o.vendorId != null) { n++; w.str(994 /* vendor_id */, o.vendorId, 'vendorId'); }
    if (o.volumeGroupId != null) { n++; w.str(1043 /* volume_group_id */, o.volumeGroupId, 'volumeGroupId'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 98);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeJob(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== JOB && p !== OBJECT && p !== null) w.refuse(v, JOB);
    const o = v as t.JobInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.autoCleared != null) { n++; w.bool(55 /* auto_cleared */, o.autoCleared, 'autoCleared'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.endTime != null) { n++; w.date(263 /* end_time */, o.endTime, 'endTime'); }
    if (o.external != null) { n++; w.bool(281 /* external */, o.external, 'external'); }
    if (o.lastUpdated != null) { n++; w.date(478 /* last_updated */, o.lastUpdated, 'lastUpdated'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.startTime != null) { n++; w.date(859 /* start_time */, o.startTime, 'startTime'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.owner != null) { n++; writeUser(w, o.owner, 654 /* owner */, 'owner', -1); }
    if (o.steps != null) {
      n++;
      const a = w.list(o.steps, 'steps');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(868 /* steps */, 'steps');
        for (let k = 0; k < a.length; k++) writeStep(w, a[k], 867 /* step */, 'steps', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 99);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeKatelloErratum(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== KATELLO_ERRATUM && p !== OBJECT && p !== null) w.refuse(v, KATELLO_ERRATUM);
    const o = v as t.KatelloErratumInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.issued != null) { n++; w.date(454 /* issued */, o.issued, 'issued'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.packages != null) {
      n++;
      const a = w.list(o.packages, 'packages');
      w.openList(656 /* packages */, 'packages');
      for (let k = 0; k < a.length; k++) writePackage(w, a[k], 655 /* package */, 'packages', k);
      w.close();
    }
    if (o.severity != null) { n++; w.str(815 /* severity */, o.severity, 'severity'); }
    if (o.solution != null) { n++; w.str(837 /* solution */, o.solution, 'solution'); }
    if (o.summary != null) { n++; w.str(898 /* summary */, o.summary, 'summary'); }
    if (o.title != null) { n++; w.str(932 /* title */, o.title, 'title'); }
    if (o.type != null) { n++; w.str(949 /* type */, o.type, 'type'); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 100);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeKernel(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== KERNEL && p !== OBJECT && p !== null) w.refuse(v, KERNEL);
    const o = v as t.KernelInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.version != null) { n++; writeVersion(w, o.version, 996 /* version */, 'version', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 101);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeKsm(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== KSM && p !== OBJECT && p !== null) w.refuse(v, KSM);
    const o = v as t.KsmInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    if (o.mergeAcrossNodes != null) { n++; w.bool(538 /* merge_across_nodes */, o.mergeAcrossNodes, 'mergeAcrossNodes'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 102);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeLinkLayerDiscoveryProtocolElement(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== LINK_LAYER_DISCOVERY_PROTOCOL_ELEMENT && p !== OBJECT && p !== null) w.refuse(v, LINK_LAYER_DISCOVERY_PROTOCOL_ELEMENT);
    const o = v as t.LinkLayerDiscoveryProtocolElementInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.oui != null) { n++; w.int(642 /* oui */, o.oui, 'oui'); }
    if (o.properties != null) {
      n++;
      const a = w.list(o.properties, 'properties');
      w.openList(716 /* properties */, 'properties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'properties', k);
      w.close();
    }
    if (o.subtype != null) { n++; w.int(896 /* subtype */, o.subtype, 'subtype'); }
    if (o.type != null) { n++; w.int(949 /* type */, o.type, 'type'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 103);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeLogicalUnit(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== LOGICAL_UNIT && p !== OBJECT && p !== null) w.refuse(v, LOGICAL_UNIT);
    const o = v as t.LogicalUnitInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.activePaths != null) { n++; w.int(4 /* active_paths */, o.activePaths, 'activePaths'); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.discardMaxSize != null) { n++; w.int(213 /* discard_max_size */, o.discardMaxSize, 'discardMaxSize'); }
    if (o.discardZeroesData != null) { n++; w.bool(215 /* discard_zeroes_data */, o.discardZeroesData, 'discardZeroesData'); }
    if (o.diskId != null) { n++; w.str(224 /* disk_id */, o.diskId, 'diskId'); }
    if (o.lunMapping != null) { n++; w.int(497 /* lun_mapping */, o.lunMapping, 'lunMapping'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.paths != null) { n++; w.int(667 /* paths */, o.paths, 'paths'); }
    if (o.port != null) { n++; w.int(690 /* port */, o.port, 'port'); }
    if (o.portal != null) { n++; w.str(694 /* portal */, o.portal, 'portal'); }
    if (o.productId != null) { n++; w.str(703 /* product_id */, o.productId, 'productId'); }
    if (o.serial != null) { n++; w.str(805 /* serial */, o.serial, 'serial'); }
    if (o.size != null) { n++; w.int(820 /* size */, o.size, 'size'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.storageDomainId != null) { n++; w.str(878 /* storage_domain_id */, o.storageDomainId, 'storageDomainId'); }
    if (o.target != null) { n++; w.str(914 /* target */, o.target, 'target'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    if (o.vendorId != null) { n++; w.str(994 /* vendor_id */, o.vendorId, 'vendorId'); }
    if (o.volumeGroupId != null) { n++; w.str(1043 /* volume_group_id */, o.volumeGroupId, 'volumeGroupId'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 104);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeMDevType(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== M_DEV_TYPE && p !== OBJECT && p !== null) w.refuse(v, M_DEV_TYPE);
    const o = v as t.MDevTypeInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.availableInstances != null) { n++; w.int(63 /* available_instances */, o.availableInstances, 'availableInstances'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.humanReadableName != null) { n++; w.str(405 /* human_readable_name */, o.humanReadableName, 'humanReadableName'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 105);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeMac(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== MAC && p !== OBJECT && p !== null) w.refuse(v, MAC);
    const o = v as t.MacInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 106);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeMacPool(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== MAC_POOL && p !== OBJECT && p !== null) w.refuse(v, MAC_POOL);
    const o = v as t.MacPoolInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.allowDuplicates != null) { n++; w.bool(30 /* allow_duplicates */, o.allowDuplicates, 'allowDuplicates'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.defaultPool != null) { n++; w.bool(200 /* default_pool */, o.defaultPool, 'defaultPool'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.ranges != null) {
      n++;
      const a = w.list(o.ranges, 'ranges');
      w.openList(739 /* ranges */, 'ranges');
      for (let k = 0; k < a.length; k++) writeRange(w, a[k], 738 /* range */, 'ranges', k);
      w.close();
    }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 107);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeMemoryOverCommit(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== MEMORY_OVER_COMMIT && p !== OBJECT && p !== null) w.refuse(v, MEMORY_OVER_COMMIT);
    const o = v as t.MemoryOverCommitInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.percent != null) { n++; w.int(671 /* percent */, o.percent, 'percent'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 108);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeMemoryPolicy(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== MEMORY_POLICY && p !== OBJECT && p !== null) w.refuse(v, MEMORY_POLICY);
    const o = v as t.MemoryPolicyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.ballooning != null) { n++; w.bool(69 /* ballooning */, o.ballooning, 'ballooning'); }
    if (o.guaranteed != null) { n++; w.int(365 /* guaranteed */, o.guaranteed, 'guaranteed'); }
    if (o.max != null) { n++; w.int(513 /* max */, o.max, 'max'); }
    if (o.overCommit != null) { n++; writeMemoryOverCommit(w, o.overCommit, 649 /* over_commit */, 'overCommit', -1); }
    if (o.transparentHugePages != null) { n++; writeTransparentHugePages(w, o.transparentHugePages, 944 /* transparent_hugepages */, 'transparentHugePages', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 109);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeMethod(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== METHOD && p !== OBJECT && p !== null) w.refuse(v, METHOD);
    const o = v as t.MethodInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.enumValue(408 /* id */, o.id, 'id', -1, true); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 110);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeMigrationBandwidth(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== MIGRATION_BANDWIDTH && p !== OBJECT && p !== null) w.refuse(v, MIGRATION_BANDWIDTH);
    const o = v as t.MigrationBandwidthInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.assignmentMethod != null) { n++; w.enumValue(43 /* assignment_method */, o.assignmentMethod, 'assignmentMethod'); }
    if (o.customValue != null) { n++; w.int(192 /* custom_value */, o.customValue, 'customValue'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 111);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeMigrationOptions(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== MIGRATION_OPTIONS && p !== OBJECT && p !== null) w.refuse(v, MIGRATION_OPTIONS);
    const o = v as t.MigrationOptionsInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.autoConverge != null) { n++; w.enumValue(56 /* auto_converge */, o.autoConverge, 'autoConverge'); }
    if (o.bandwidth != null) { n++; writeMigrationBandwidth(w, o.bandwidth, 71 /* bandwidth */, 'bandwidth', -1); }
    if (o.compressed != null) { n++; w.enumValue(138 /* compressed */, o.compressed, 'compressed'); }
    if (o.customParallelMigrations != null) { n++; w.int(187 /* custom_parallel_migrations */, o.customParallelMigrations, 'customParallelMigrations'); }
    if (o.encrypted != null) { n++; w.enumValue(262 /* encrypted */, o.encrypted, 'encrypted'); }
    if (o.parallelMigrationsPolicy != null) { n++; w.enumValue(658 /* parallel_migrations_policy */, o.parallelMigrationsPolicy, 'parallelMigrationsPolicy'); }
    if (o.policy != null) { n++; writeMigrationPolicy(w, o.policy, 688 /* policy */, 'policy', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 112);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeMigrationPolicy(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== MIGRATION_POLICY && p !== OBJECT && p !== null) w.refuse(v, MIGRATION_POLICY);
    const o = v as t.MigrationPolicyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 113);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeNetwork(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== NETWORK && p !== OBJECT && p !== null) w.refuse(v, NETWORK);
    const o = v as t.NetworkInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.display != null) { n++; w.bool(234 /* display */, o.display, 'display'); }
    if (o.dnsResolverConfiguration != null) { n++; writeDnsResolverConfiguration(w, o.dnsResolverConfiguration, 238 /* dns_resolver_configuration */, 'dnsResolverConfiguration', -1); }
    if (o.ip != null) { n++; writeIp(w, o.ip, 438 /* ip */, 'ip', -1); }
    if (o.mtu != null) { n++; w.int(561 /* mtu */, o.mtu, 'mtu'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.portIsolation != null) { n++; w.bool(691 /* port_isolation */, o.portIsolation, 'portIsolation'); }
    if (o.profileRequired != null) { n++; w.bool(710 /* profile_required */, o.profileRequired, 'profileRequired'); }
    if (o.required != null) { n++; w.bool(779 /* required */, o.required, 'required'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.stp != null) { n++; w.bool(891 /* stp */, o.stp, 'stp'); }
    if (o.usages != null) {
      n++;
      const a = w.list(o.usages, 'usages');
      w.openList(965 /* usages */, 'usages');
      for (let k = 0; k < a.length; k++) w.enumValue(963 /* usage */, a[k], 'usages', k);
      w.close();
    }
    if (o.vdsmName != null) { n++; w.str(992 /* vdsm_name */, o.vdsmName, 'vdsmName'); }
    if (o.vlan != null) { n++; writeVlan(w, o.vlan, 1014 /* vlan */, 'vlan', -1); }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.dataCenter != null) { n++; writeDataCenter(w, o.dataCenter, 194 /* data_center */, 'dataCenter', -1); }
    if (o.externalProvider != null) { n++; writeOpenStackNetworkProvider(w, o.externalProvider, 298 /* external_provider */, 'externalProvider', -1); }
    if (o.externalProviderPhysicalNetwork != null) { n++; writeNetwork(w, o.externalProviderPhysicalNetwork, 299 /* external_provider_physical_network */, 'externalProviderPhysicalNetwork', -1); }
    if (o.networkLabels != null) {
      n++;
      const a = w.list(o.networkLabels, 'networkLabels');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(579 /* network_labels */, 'networkLabels');
        for (let k = 0; k < a.length; k++) writeNetworkLabel(w, a[k], 578 /* network_label */, 'networkLabels', k);
        w.close();
      }
    }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.qos != null) { n++; writeQos(w, o.qos, 727 /* qos */, 'qos', -1); }
    if (o.vnicProfiles != null) {
      n++;
      const a = w.list(o.vnicProfiles, 'vnicProfiles');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1039 /* vnic_profiles */, 'vnicProfiles');
        for (let k = 0; k < a.length; k++) writeVnicProfile(w, a[k], 1036 /* vnic_profile */, 'vnicProfiles', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 114);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeNetworkAttachment(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== NETWORK_ATTACHMENT && p !== OBJECT && p !== null) w.refuse(v, NETWORK_ATTACHMENT);
    const o = v as t.NetworkAttachmentInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.dnsResolverConfiguration != null) { n++; writeDnsResolverConfiguration(w, o.dnsResolverConfiguration, 238 /* dns_resolver_configuration */, 'dnsResolverConfiguration', -1); }
    if (o.inSync != null) { n++; w.bool(418 /* in_sync */, o.inSync, 'inSync'); }
    if (o.ipAddressAssignments != null) {
      n++;
      const a = w.list(o.ipAddressAssignments, 'ipAddressAssignments');
      w.openList(440 /* ip_address_assignments */, 'ipAddressAssignments');
      for (let k = 0; k < a.length; k++) writeIpAddressAssignment(w, a[k], 439 /* ip_address_assignment */, 'ipAddressAssignments', k);
      w.close();
    }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.properties != null) {
      n++;
      const a = w.list(o.properties, 'properties');
      w.openList(716 /* properties */, 'properties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'properties', k);
      w.close();
    }
    if (o.reportedConfigurations != null) {
      n++;
      const a = w.list(o.reportedConfigurations, 'reportedConfigurations');
      w.openList(774 /* reported_configurations */, 'reportedConfigurations');
      for (let k = 0; k < a.length; k++) writeReportedConfiguration(w, a[k], 773 /* reported_configuration */, 'reportedConfigurations', k);
      w.close();
    }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.hostNic != null) { n++; writeHostNic(w, o.hostNic, 388 /* host_nic */, 'hostNic', -1); }
    if (o.network != null) { n++; writeNetwork(w, o.network, 569 /* network */, 'network', -1); }
    if (o.qos != null) { n++; writeQos(w, o.qos, 727 /* qos */, 'qos', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 115);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeNetworkConfiguration(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== NETWORK_CONFIGURATION && p !== OBJECT && p !== null) w.refuse(v, NETWORK_CONFIGURATION);
    const o = v as t.NetworkConfigurationInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.dns != null) { n++; writeDns(w, o.dns, 237 /* dns */, 'dns', -1); }
    if (o.nics != null) {
      n++;
      const a = w.list(o.nics, 'nics');
      w.openList(597 /* nics */, 'nics');
      for (let k = 0; k < a.length; k++) writeNic(w, a[k], 594 /* nic */, 'nics', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 116);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeNetworkFilter(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== NETWORK_FILTER && p !== OBJECT && p !== null) w.refuse(v, NETWORK_FILTER);
    const o = v as t.NetworkFilterInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.version != null) { n++; writeVersion(w, o.version, 996 /* version */, 'version', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 117);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeNetworkFilterParameter(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== NETWORK_FILTER_PARAMETER && p !== OBJECT && p !== null) w.refuse(v, NETWORK_FILTER_PARAMETER);
    const o = v as t.NetworkFilterParameterInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.value != null) { n++; w.str(985 /* value */, o.value, 'value'); }
    if (o.nic != null) { n++; writeNic(w, o.nic, 594 /* nic */, 'nic', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 118);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeNetworkLabel(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== NETWORK_LABEL && p !== OBJECT && p !== null) w.refuse(v, NETWORK_LABEL);
    const o = v as t.NetworkLabelInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.hostNic != null) { n++; writeHostNic(w, o.hostNic, 388 /* host_nic */, 'hostNic', -1); }
    if (o.network != null) { n++; writeNetwork(w, o.network, 569 /* network */, 'network', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 119);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeNfsProfileDetail(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== NFS_PROFILE_DETAIL && p !== OBJECT && p !== null) w.refuse(v, NFS_PROFILE_DETAIL);
    const o = v as t.NfsProfileDetailInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.nfsServerIp != null) { n++; w.str(591 /* nfs_server_ip */, o.nfsServerIp, 'nfsServerIp'); }
    if (o.profileDetails != null) {
      n++;
      const a = w.list(o.profileDetails, 'profileDetails');
      w.openList(709 /* profile_details */, 'profileDetails');
      for (let k = 0; k < a.length; k++) writeProfileDetail(w, a[k], 708 /* profile_detail */, 'profileDetails', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 120);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeNic(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== NIC && p !== OBJECT && p !== null) w.refuse(v, NIC);
    const o = v as t.NicInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.bootProtocol != null) { n++; w.enumValue(88 /* boot_protocol */, o.bootProtocol, 'bootProtocol'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.interface != null) { n++; w.enumValue(433 /* interface */, o.interface, 'interface'); }
    if (o.linked != null) { n++; w.bool(486 /* linked */, o.linked, 'linked'); }
    if (o.mac != null) { n++; writeMac(w, o.mac, 502 /* mac */, 'mac', -1); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.onBoot != null) { n++; w.bool(607 /* on_boot */, o.onBoot, 'onBoot'); }
    if (o.plugged != null) { n++; w.bool(684 /* plugged */, o.plugged, 'plugged'); }
    if (o.synced != null) { n++; w.bool(905 /* synced */, o.synced, 'synced'); }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.network != null) { n++; writeNetwork(w, o.network, 569 /* network */, 'network', -1); }
    if (o.networkAttachments != null) {
      n++;
      const a = w.list(o.networkAttachments, 'networkAttachments');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(571 /* network_attachments */, 'networkAttachments');
        for (let k = 0; k < a.length; k++) writeNetworkAttachment(w, a[k], 570 /* network_attachment */, 'networkAttachments', k);
        w.close();
      }
    }
    if (o.networkFilterParameters != null) {
      n++;
      const a = w.list(o.networkFilterParameters, 'networkFilterParameters');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(576 /* network_filter_parameters */, 'networkFilterParameters');
        for (let k = 0; k < a.length; k++) writeNetworkFilterParameter(w, a[k], 575 /* network_filter_parameter */, 'networkFilterParameters', k);
        w.close();
      }
    }
    if (o.networkLabels != null) {
      n++;
      const a = w.list(o.networkLabels, 'networkLabels');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(579 /* network_labels */, 'networkLabels');
        for (let k = 0; k < a.length; k++) writeNetworkLabel(w, a[k], 578 /* network_label */, 'networkLabels', k);
        w.close();
      }
    }
    if (o.reportedDevices != null) {
      n++;
      const a = w.list(o.reportedDevices, 'reportedDevices');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(776 /* reported_devices */, 'reportedDevices');
        for (let k = 0; k < a.length; k++) writeReportedDevice(w, a[k], 775 /* reported_device */, 'reportedDevices', k);
        w.close();
      }
    }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(864 /* statistics */, 'statistics');
        for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
        w.close();
      }
    }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.virtualFunctionAllowedLabels != null) {
      n++;
      const a = w.list(o.virtualFunctionAllowedLabels, 'virtualFunctionAllowedLabels');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1008 /* virtual_function_allowed_labels */, 'virtualFunctionAllowedLabels');
        for (let k = 0; k < a.length; k++) writeNetworkLabel(w, a[k], 578 /* network_label */, 'virtualFunctionAllowedLabels', k);
        w.close();
      }
    }
    if (o.virtualFunctionAllowedNetworks != null) {
      n++;
      const a = w.list(o.virtualFunctionAllowedNetworks, 'virtualFunctionAllowedNetworks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1009 /* virtual_function_allowed_networks */, 'virtualFunctionAllowedNetworks');
        for (let k = 0; k < a.length; k++) writeNetwork(w, a[k], 569 /* network */, 'virtualFunctionAllowedNetworks', k);
        w.close();
      }
    }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    if (o.vnicProfile != null) { n++; writeVnicProfile(w, o.vnicProfile, 1036 /* vnic_profile */, 'vnicProfile', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 121);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeNicConfiguration(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== NIC_CONFIGURATION && p !== OBJECT && p !== null) w.refuse(v, NIC_CONFIGURATION);
    const o = v as t.NicConfigurationInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.bootProtocol != null) { n++; w.enumValue(88 /* boot_protocol */, o.bootProtocol, 'bootProtocol'); }
    if (o.ip != null) { n++; writeIp(w, o.ip, 438 /* ip */, 'ip', -1); }
    if (o.ipv6 != null) { n++; writeIp(w, o.ipv6, 443 /* ipv6 */, 'ipv6', -1); }
    if (o.ipv6BootProtocol != null) { n++; w.enumValue(444 /* ipv6_boot_protocol */, o.ipv6BootProtocol, 'ipv6BootProtocol'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.onBoot != null) { n++; w.bool(607 /* on_boot */, o.onBoot, 'onBoot'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 122);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeNumaNode(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== NUMA_NODE && p !== OBJECT && p !== null) w.refuse(v, NUMA_NODE);
    const o = v as t.NumaNodeInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.cpu != null) { n++; writeCpu(w, o.cpu, 159 /* cpu */, 'cpu', -1); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.index != null) { n++; w.int(423 /* index */, o.index, 'index'); }
    if (o.memory != null) { n++; w.int(529 /* memory */, o.memory, 'memory'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.nodeDistance != null) { n++; w.str(598 /* node_distance */, o.nodeDistance, 'nodeDistance'); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(864 /* statistics */, 'statistics');
        for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 123);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeNumaNodePin(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== NUMA_NODE_PIN && p !== OBJECT && p !== null) w.refuse(v, NUMA_NODE_PIN);
    const o = v as t.NumaNodePinInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.hostNumaNode != null) { n++; writeNumaNode(w, o.hostNumaNode, 392 /* host_numa_node */, 'hostNumaNode', -1); }
    if (o.index != null) { n++; w.int(423 /* index */, o.index, 'index'); }
    if (o.pinned != null) { n++; w.bool(681 /* pinned */, o.pinned, 'pinned'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 124);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeOpenStackImage(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== OPEN_STACK_IMAGE && p !== OBJECT && p !== null) w.refuse(v, OPEN_STACK_IMAGE);
    const o = v as t.OpenStackImageInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.openstackImageProvider != null) { n++; writeOpenStackImageProvider(w, o.openstackImageProvider, 614 /* openstack_image_provider */, 'openstackImageProvider', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 125);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeOpenStackImageProvider(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== OPEN_STACK_IMAGE_PROVIDER && p !== OBJECT && p !== null) w.refuse(v, OPEN_STACK_IMAGE_PROVIDER);
    const o = v as t.OpenStackImageProviderInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.authenticationUrl != null) { n++; w.str(50 /* authentication_url */, o.authenticationUrl, 'authenticationUrl'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.properties != null) {
      n++;
      const a = w.list(o.properties, 'properties');
      w.openList(716 /* properties */, 'properties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'properties', k);
      w.close();
    }
    if (o.requiresAuthentication != null) { n++; w.bool(782 /* requires_authentication */, o.requiresAuthentication, 'requiresAuthentication'); }
    if (o.tenantName != null) { n++; w.str(920 /* tenant_name */, o.tenantName, 'tenantName'); }
    if (o.url != null) { n++; w.str(962 /* url */, o.url, 'url'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    if (o.certificates != null) {
      n++;
      const a = w.list(o.certificates, 'certificates');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(108 /* certificates */, 'certificates');
        for (let k = 0; k < a.length; k++) writeCertificate(w, a[k], 107 /* certificate */, 'certificates', k);
        w.close();
      }
    }
    if (o.images != null) {
      n++;
      const a = w.list(o.images, 'images');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(415 /* images */, 'images');
        for (let k = 0; k < a.length; k++) writeOpenStackImage(w, a[k], 613 /* openstack_image */, 'images', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 126);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeOpenStackNetwork(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== OPEN_STACK_NETWORK && p !== OBJECT && p !== null) w.refuse(v, OPEN_STACK_NETWORK);
    const o = v as t.OpenStackNetworkInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.openstackNetworkProvider != null) { n++; writeOpenStackNetworkProvider(w, o.openstackNetworkProvider, 618 /* openstack_network_provider */, 'openstackNetworkProvider', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 127);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeOpenStackNetworkProvider(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== OPEN_STACK_NETWORK_PROVIDER && p !== OBJECT && p !== null) w.refuse(v, OPEN_STACK_NETWORK_PROVIDER);
    const o = v as t.OpenStackNetworkProviderInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.agentConfiguration != null) { n++; writeAgentConfiguration(w, o.agentConfiguration, 24 /* agent_configuration */, 'agentConfiguration', -1); }
    if (o.authenticationUrl != null) { n++; w.str(50 /* authentication_url */, o.authenticationUrl, 'authenticationUrl'); }
    if (o.autoSync != null) { n++; w.bool(60 /* auto_sync */, o.autoSync, 'autoSync'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.externalPluginType != null) { n++; w.str(297 /* external_plugin_type */, o.externalPluginType, 'externalPluginType'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.pluginType != null) { n++; w.enumValue(685 /* plugin_type */, o.pluginType, 'pluginType'); }
    if (o.projectDomainName != null) { n++; w.str(713 /* project_domain_name */, o.projectDomainName, 'projectDomainName'); }
    if (o.projectName != null) { n++; w.str(714 /* project_name */, o.projectName, 'projectName'); }
    if (o.properties != null) {
      n++;
      const a = w.list(o.properties, 'properties');
      w.openList(716 /* properties */, 'properties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'properties', k);
      w.close();
    }
    if (o.readOnly != null) { n++; w.bool(742 /* read_only */, o.readOnly, 'readOnly'); }
    if (o.requiresAuthentication != null) { n++; w.bool(782 /* requires_authentication */, o.requiresAuthentication, 'requiresAuthentication'); }
    if (o.tenantName != null) { n++; w.str(920 /* tenant_name */, o.tenantName, 'tenantName'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.unmanaged != null) { n++; w.bool(953 /* unmanaged */, o.unmanaged, 'unmanaged'); }
    if (o.url != null) { n++; w.str(962 /* url */, o.url, 'url'); }
    if (o.userDomainName != null) { n++; w.str(975 /* user_domain_name */, o.userDomainName, 'userDomainName'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    if (o.certificates != null) {
      n++;
      const a = w.list(o.certificates, 'certificates');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(108 /* certificates */, 'certificates');
        for (let k = 0; k < a.length; k++) writeCertificate(w, a[k], 107 /* certificate */, 'certificates', k);
        w.close();
      }
    }
    if (o.networks != null) {
      n++;
      const a = w.list(o.networks, 'networks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(586 /* networks */, 'networks');
        for (let k = 0; k < a.length; k++) writeOpenStackNetwork(w, a[k], 617 /* openstack_network */, 'networks', k);
        w.close();
      }
    }
    if (o.subnets != null) {
      n++;
      const a = w.list(o.subnets, 'subnets');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(895 /* subnets */, 'subnets');
        for (let k = 0; k < a.length; k++) writeOpenStackSubnet(w, a[k], 621 /* openstack_subnet */, 'subnets', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 128);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeOpenStackProvider(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== OPEN_STACK_PROVIDER && p !== OBJECT && p !== null) w.refuse(v, OPEN_STACK_PROVIDER);
    const o = v as t.OpenStackProviderInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.authenticationUrl != null) { n++; w.str(50 /* authentication_url */, o.authenticationUrl, 'authenticationUrl'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.properties != null) {
      n++;
      const a = w.list(o.properties, 'properties');
      w.openList(716 /* properties */, 'properties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'properties', k);
      w.close();
    }
    if (o.requiresAuthentication != null) { n++; w.bool(782 /* requires_authentication */, o.requiresAuthentication, 'requiresAuthentication'); }
    if (o.tenantName != null) { n++; w.str(920 /* tenant_name */, o.tenantName, 'tenantName'); }
    if (o.url != null) { n++; w.str(962 /* url */, o.url, 'url'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 129);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeOpenStackSubnet(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== OPEN_STACK_SUBNET && p !== OBJECT && p !== null) w.refuse(v, OPEN_STACK_SUBNET);
    const o = v as t.OpenStackSubnetInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.cidr != null) { n++; w.str(113 /* cidr */, o.cidr, 'cidr'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.dnsServers != null) {
      n++;
      const a = w.list(o.dnsServers, 'dnsServers');
      w.openList(242 /* dns_servers */, 'dnsServers');
      for (let k = 0; k < a.length; k++) w.str(241 /* dns_server */, a[k], 'dnsServers', k);
      w.close();
    }
    if (o.gateway != null) { n++; w.str(340 /* gateway */, o.gateway, 'gateway'); }
    if (o.ipVersion != null) { n++; w.str(441 /* ip_version */, o.ipVersion, 'ipVersion'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.openstackNetwork != null) { n++; writeOpenStackNetwork(w, o.openstackNetwork, 617 /* openstack_network */, 'openstackNetwork', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 130);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeOpenStackVolumeProvider(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== OPEN_STACK_VOLUME_PROVIDER && p !== OBJECT && p !== null) w.refuse(v, OPEN_STACK_VOLUME_PROVIDER);
    const o = v as t.OpenStackVolumeProviderInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.authenticationUrl != null) { n++; w.str(50 /* authentication_url */, o.authenticationUrl, 'authenticationUrl'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.properties != null) {
      n++;
      const a = w.list(o.properties, 'properties');
      w.openList(716 /* properties */, 'properties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'properties', k);
      w.close();
    }
    if (o.requiresAuthentication != null) { n++; w.bool(782 /* requires_authentication */, o.requiresAuthentication, 'requiresAuthentication'); }
    if (o.tenantName != null) { n++; w.str(920 /* tenant_name */, o.tenantName, 'tenantName'); }
    if (o.url != null) { n++; w.str(962 /* url */, o.url, 'url'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    if (o.authenticationKeys != null) {
      n++;
      const a = w.list(o.authenticationKeys, 'authenticationKeys');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(48 /* authentication_keys */, 'authenticationKeys');
        for (let k = 0; k < a.length; k++) writeOpenstackVolumeAuthenticationKey(w, a[k], 623 /* openstack_volume_authentication_key */, 'authenticationKeys', k);
        w.close();
      }
    }
    if (o.certificates != null) {
      n++;
      const a = w.list(o.certificates, 'certificates');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(108 /* certificates */, 'certificates');
        for (let k = 0; k < a.length; k++) writeCertificate(w, a[k], 107 /* certificate */, 'certificates', k);
        w.close();
      }
    }
    if (o.dataCenter != null) { n++; writeDataCenter(w, o.dataCenter, 194 /* data_center */, 'dataCenter', -1); }
    if (o.volumeTypes != null) {
      n++;
      const a = w.list(o.volumeTypes, 'volumeTypes');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1047 /* volume_types */, 'volumeTypes');
        for (let k = 0; k < a.length; k++) writeOpenStackVolumeType(w, a[k], 611 /* open_stack_volume_type */, 'volumeTypes', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 131);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeOpenStackVolumeType(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== OPEN_STACK_VOLUME_TYPE && p !== OBJECT && p !== null) w.refuse(v, OPEN_STACK_VOLUME_TYPE);
    const o = v as t.OpenStackVolumeTypeInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.properties != null) {
      n++;
      const a = w.list(o.properties, 'properties');
      w.openList(716 /* properties */, 'properties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'properties', k);
      w.close();
    }
    if (o.openstackVolumeProvider != null) { n++; writeOpenStackVolumeProvider(w, o.openstackVolumeProvider, 625 /* openstack_volume_provider */, 'openstackVolumeProvider', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 132);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeOpenstackVolumeAuthenticationKey(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== OPENSTACK_VOLUME_AUTHENTICATION_KEY && p !== OBJECT && p !== null) w.refuse(v, OPENSTACK_VOLUME_AUTHENTICATION_KEY);
    const o = v as t.OpenstackVolumeAuthenticationKeyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.creationDate != null) { n++; w.date(177 /* creation_date */, o.creationDate, 'creationDate'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.usageType != null) { n++; w.enumValue(964 /* usage_type */, o.usageType, 'usageType'); }
    if (o.uuid != null) { n++; w.str(984 /* uuid */, o.uuid, 'uuid'); }
    if (o.value != null) { n++; w.str(985 /* value */, o.value, 'value'); }
    if (o.openstackVolumeProvider != null) { n++; writeOpenStackVolumeProvider(w, o.openstackVolumeProvider, 625 /* openstack_volume_provider */, 'openstackVolumeProvider', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 133);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeOperatingSystem(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== OPERATING_SYSTEM && p !== OBJECT && p !== null) w.refuse(v, OPERATING_SYSTEM);
    const o = v as t.OperatingSystemInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.boot != null) { n++; writeBoot(w, o.boot, 85 /* boot */, 'boot', -1); }
    if (o.cmdline != null) { n++; w.str(130 /* cmdline */, o.cmdline, 'cmdline'); }
    if (o.customKernelCmdline != null) { n++; w.str(186 /* custom_kernel_cmdline */, o.customKernelCmdline, 'customKernelCmdline'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.initrd != null) { n++; w.str(428 /* initrd */, o.initrd, 'initrd'); }
    if (o.kernel != null) { n++; w.str(462 /* kernel */, o.kernel, 'kernel'); }
    if (o.reportedKernelCmdline != null) { n++; w.str(777 /* reported_kernel_cmdline */, o.reportedKernelCmdline, 'reportedKernelCmdline'); }
    if (o.type != null) { n++; w.str(949 /* type */, o.type, 'type'); }
    if (o.version != null) { n++; writeVersion(w, o.version, 996 /* version */, 'version', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 134);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeOperatingSystemInfo(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== OPERATING_SYSTEM_INFO && p !== OBJECT && p !== null) w.refuse(v, OPERATING_SYSTEM_INFO);
    const o = v as t.OperatingSystemInfoInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.architecture != null) { n++; w.enumValue(41 /* architecture */, o.architecture, 'architecture'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.largeIcon != null) { n++; writeIcon(w, o.largeIcon, 469 /* large_icon */, 'largeIcon', -1); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.smallIcon != null) { n++; writeIcon(w, o.smallIcon, 828 /* small_icon */, 'smallIcon', -1); }
    if (o.tpmSupport != null) { n++; w.enumValue(940 /* tpm_support */, o.tpmSupport, 'tpmSupport'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 135);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeOption(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== OPTION && p !== OBJECT && p !== null) w.refuse(v, OPTION);
    const o = v as t.OptionInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.type != null) { n++; w.str(949 /* type */, o.type, 'type'); }
    if (o.value != null) { n++; w.str(985 /* value */, o.value, 'value'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 136);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writePackage(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== PACKAGE && p !== OBJECT && p !== null) w.refuse(v, PACKAGE);
    const o = v as t.PackageInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 137);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writePayload(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== PAYLOAD && p !== OBJECT && p !== null) w.refuse(v, PAYLOAD);
    const o = v as t.PayloadInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.files != null) {
      n++;
      const a = w.list(o.files, 'files');
      w.openList(320 /* files */, 'files');
      for (let k = 0; k < a.length; k++) writeFile(w, a[k], 317 /* file */, 'files', k);
      w.close();
    }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.volumeId != null) { n++; w.str(1045 /* volume_id */, o.volumeId, 'volumeId'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 138);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writePermission(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== PERMISSION && p !== OBJECT && p !== null) w.refuse(v, PERMISSION);
    const o = v as t.PermissionInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.dataCenter != null) { n++; writeDataCenter(w, o.dataCenter, 194 /* data_center */, 'dataCenter', -1); }
    if (o.disk != null) { n++; writeDisk(w, o.disk, 221 /* disk */, 'disk', -1); }
    if (o.group != null) { n++; writeGroup(w, o.group, 363 /* group */, 'group', -1); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.role != null) { n++; writeRole(w, o.role, 788 /* role */, 'role', -1); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.user != null) { n++; writeUser(w, o.user, 974 /* user */, 'user', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vmPool != null) { n++; writeVmPool(w, o.vmPool, 1026 /* vm_pool */, 'vmPool', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 139);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writePermit(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== PERMIT && p !== OBJECT && p !== null) w.refuse(v, PERMIT);
    const o = v as t.PermitInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.administrative != null) { n++; w.bool(11 /* administrative */, o.administrative, 'administrative'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.role != null) { n++; writeRole(w, o.role, 788 /* role */, 'role', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 140);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writePmProxy(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== PM_PROXY && p !== OBJECT && p !== null) w.refuse(v, PM_PROXY);
    const o = v as t.PmProxyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 141);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writePortMirroring(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== PORT_MIRRORING && p !== OBJECT && p !== null) w.refuse(v, PORT_MIRRORING);
    const o = v as t.PortMirroringInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 142);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writePowerManagement(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== POWER_MANAGEMENT && p !== OBJECT && p !== null) w.refuse(v, POWER_MANAGEMENT);
    const o = v as t.PowerManagementInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.agents != null) {
      n++;
      const a = w.list(o.agents, 'agents');
      w.openList(26 /* agents */, 'agents');
      for (let k = 0; k < a.length; k++) writeAgent(w, a[k], 23 /* agent */, 'agents', k);
      w.close();
    }
    if (o.automaticPmEnabled != null) { n++; w.bool(61 /* automatic_pm_enabled */, o.automaticPmEnabled, 'automaticPmEnabled'); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    if (o.kdumpDetection != null) { n++; w.bool(460 /* kdump_detection */, o.kdumpDetection, 'kdumpDetection'); }
    if (o.options != null) {
      n++;
      const a = w.list(o.options, 'options');
      w.openList(634 /* options */, 'options');
      for (let k = 0; k < a.length; k++) writeOption(w, a[k], 632 /* option */, 'options', k);
      w.close();
    }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.pmProxies != null) {
      n++;
      const a = w.list(o.pmProxies, 'pmProxies');
      w.openList(686 /* pm_proxies */, 'pmProxies');
      for (let k = 0; k < a.length; k++) writePmProxy(w, a[k], 687 /* pm_proxy */, 'pmProxies', k);
      w.close();
    }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.type != null) { n++; w.str(949 /* type */, o.type, 'type'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 143);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeProduct(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== PRODUCT && p !== OBJECT && p !== null) w.refuse(v, PRODUCT);
    const o = v as t.ProductInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 144);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeProductInfo(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== PRODUCT_INFO && p !== OBJECT && p !== null) w.refuse(v, PRODUCT_INFO);
    const o = v as t.ProductInfoInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.instanceId != null) { n++; w.str(430 /* instance_id */, o.instanceId, 'instanceId'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.vendor != null) { n++; w.str(993 /* vendor */, o.vendor, 'vendor'); }
    if (o.version != null) { n++; writeVersion(w, o.version, 996 /* version */, 'version', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 145);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeProfileDetail(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== PROFILE_DETAIL && p !== OBJECT && p !== null) w.refuse(v, PROFILE_DETAIL);
    const o = v as t.ProfileDetailInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.blockStatistics != null) {
      n++;
      const a = w.list(o.blockStatistics, 'blockStatistics');
      w.openList(80 /* block_statistics */, 'blockStatistics');
      for (let k = 0; k < a.length; k++) writeBlockStatistic(w, a[k], 79 /* block_statistic */, 'blockStatistics', k);
      w.close();
    }
    if (o.duration != null) { n++; w.int(253 /* duration */, o.duration, 'duration'); }
    if (o.fopStatistics != null) {
      n++;
      const a = w.list(o.fopStatistics, 'fopStatistics');
      w.openList(332 /* fop_statistics */, 'fopStatistics');
      for (let k = 0; k < a.length; k++) writeFopStatistic(w, a[k], 331 /* fop_statistic */, 'fopStatistics', k);
      w.close();
    }
    if (o.profileType != null) { n++; w.str(711 /* profile_type */, o.profileType, 'profileType'); }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      w.openList(864 /* statistics */, 'statistics');
      for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 146);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeProperty(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== PROPERTY && p !== OBJECT && p !== null) w.refuse(v, PROPERTY);
    const o = v as t.PropertyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.value != null) { n++; w.str(985 /* value */, o.value, 'value'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 147);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeProxyTicket(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== PROXY_TICKET && p !== OBJECT && p !== null) w.refuse(v, PROXY_TICKET);
    const o = v as t.ProxyTicketInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.value != null) { n++; w.str(985 /* value */, o.value, 'value'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 148);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeQos(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== QOS && p !== OBJECT && p !== null) w.refuse(v, QOS);
    const o = v as t.QosInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.cpuLimit != null) { n++; w.int(161 /* cpu_limit */, o.cpuLimit, 'cpuLimit'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.inboundAverage != null) { n++; w.int(420 /* inbound_average */, o.inboundAverage, 'inboundAverage'); }
    if (o.inboundBurst != null) { n++; w.int(421 /* inbound_burst */, o.inboundBurst, 'inboundBurst'); }
    if (o.inboundPeak != null) { n++; w.int(422 /* inbound_peak */, o.inboundPeak, 'inboundPeak'); }
    if (o.maxIops != null) { n++; w.int(515 /* max_iops */, o.maxIops, 'maxIops'); }
    if (o.maxReadIops != null) { n++; w.int(517 /* max_read_iops */, o.maxReadIops, 'maxReadIops'); }
    if (o.maxReadThroughput != null) { n++; w.int(518 /* max_read_throughput */, o.maxReadThroughput, 'maxReadThroughput'); }
    if (o.maxThroughput != null) { n++; w.int(521 /* max_throughput */, o.maxThroughput, 'maxThroughput'); }
    if (o.maxWriteIops != null) { n++; w.int(523 /* max_write_iops */, o.maxWriteIops, 'maxWriteIops'); }
    if (o.maxWriteThroughput != null) { n++; w.int(524 /* max_write_throughput */, o.maxWriteThroughput, 'maxWriteThroughput'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.outboundAverage != null) { n++; w.int(643 /* outbound_average */, o.outboundAverage, 'outboundAverage'); }
    if (o.outboundAverageLinkshare != null) { n++; w.int(644 /* outbound_average_linkshare */, o.outboundAverageLinkshare, 'outboundAverageLinkshare'); }
    if (o.outboundAverageRealtime != null) { n++; w.int(645 /* outbound_average_realtime */, o.outboundAverageRealtime, 'outboundAverageRealtime'); }
    if (o.outboundAverageUpperlimit != null) { n++; w.int(646 /* outbound_average_upperlimit */, o.outboundAverageUpperlimit, 'outboundAverageUpperlimit'); }
    if (o.outboundBurst != null) { n++; w.int(647 /* outbound_burst */, o.outboundBurst, 'outboundBurst'); }
    if (o.outboundPeak != null) { n++; w.int(648 /* outbound_peak */, o.outboundPeak, 'outboundPeak'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.dataCenter != null) { n++; writeDataCenter(w, o.dataCenter, 194 /* data_center */, 'dataCenter', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 149);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeQuota(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== QUOTA && p !== OBJECT && p !== null) w.refuse(v, QUOTA);
    const o = v as t.QuotaInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.clusterHardLimitPct != null) { n++; w.int(123 /* cluster_hard_limit_pct */, o.clusterHardLimitPct, 'clusterHardLimitPct'); }
    if (o.clusterSoftLimitPct != null) { n++; w.int(127 /* cluster_soft_limit_pct */, o.clusterSoftLimitPct, 'clusterSoftLimitPct'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.dataCenter != null) { n++; writeDataCenter(w, o.dataCenter, 194 /* data_center */, 'dataCenter', -1); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.disks != null) {
      n++;
      const a = w.list(o.disks, 'disks');
      w.openList(231 /* disks */, 'disks');
      for (let k = 0; k < a.length; k++) writeDisk(w, a[k], 221 /* disk */, 'disks', k);
      w.close();
    }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.storageHardLimitPct != null) { n++; w.int(884 /* storage_hard_limit_pct */, o.storageHardLimitPct, 'storageHardLimitPct'); }
    if (o.storageSoftLimitPct != null) { n++; w.int(885 /* storage_soft_limit_pct */, o.storageSoftLimitPct, 'storageSoftLimitPct'); }
    if (o.users != null) {
      n++;
      const a = w.list(o.users, 'users');
      w.openList(981 /* users */, 'users');
      for (let k = 0; k < a.length; k++) writeUser(w, a[k], 974 /* user */, 'users', k);
      w.close();
    }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      w.openList(1031 /* vms */, 'vms');
      for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
      w.close();
    }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.quotaClusterLimits != null) {
      n++;
      const a = w.list(o.quotaClusterLimits, 'quotaClusterLimits');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(731 /* quota_cluster_limits */, 'quotaClusterLimits');
        for (let k = 0; k < a.length; k++) writeQuotaClusterLimit(w, a[k], 730 /* quota_cluster_limit */, 'quotaClusterLimits', k);
        w.close();
      }
    }
    if (o.quotaStorageLimits != null) {
      n++;
      const a = w.list(o.quotaStorageLimits, 'quotaStorageLimits');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(734 /* quota_storage_limits */, 'quotaStorageLimits');
        for (let k = 0; k < a.length; k++) writeQuotaStorageLimit(w, a[k], 733 /* quota_storage_limit */, 'quotaStorageLimits', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 150);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeQuotaClusterLimit(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== QUOTA_CLUSTER_LIMIT && p !== OBJECT && p !== null) w.refuse(v, QUOTA_CLUSTER_LIMIT);
    const o = v as t.QuotaClusterLimitInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.memoryLimit != null) { n++; w.dec(530 /* memory_limit */, o.memoryLimit, 'memoryLimit'); }
    if (o.memoryUsage != null) { n++; w.dec(537 /* memory_usage */, o.memoryUsage, 'memoryUsage'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.vcpuLimit != null) { n++; w.int(988 /* vcpu_limit */, o.vcpuLimit, 'vcpuLimit'); }
    if (o.vcpuUsage != null) { n++; w.int(991 /* vcpu_usage */, o.vcpuUsage, 'vcpuUsage'); }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.quota != null) { n++; writeQuota(w, o.quota, 729 /* quota */, 'quota', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 151);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeQuotaStorageLimit(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== QUOTA_STORAGE_LIMIT && p !== OBJECT && p !== null) w.refuse(v, QUOTA_STORAGE_LIMIT);
    const o = v as t.QuotaStorageLimitInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.limit != null) { n++; w.int(482 /* limit */, o.limit, 'limit'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.usage != null) { n++; w.dec(963 /* usage */, o.usage, 'usage'); }
    if (o.quota != null) { n++; writeQuota(w, o.quota, 729 /* quota */, 'quota', -1); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 152);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeRange(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== RANGE && p !== OBJECT && p !== null) w.refuse(v, RANGE);
    const o = v as t.RangeInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.from != null) { n++; w.str(336 /* from */, o.from, 'from'); }
    if (o.to != null) { n++; w.str(934 /* to */, o.to, 'to'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 153);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeRate(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== RATE && p !== OBJECT && p !== null) w.refuse(v, RATE);
    const o = v as t.RateInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.bytes != null) { n++; w.int(101 /* bytes */, o.bytes, 'bytes'); }
    if (o.period != null) { n++; w.int(672 /* period */, o.period, 'period'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 154);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeRegistrationAffinityGroupMapping(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== REGISTRATION_AFFINITY_GROUP_MAPPING && p !== OBJECT && p !== null) w.refuse(v, REGISTRATION_AFFINITY_GROUP_MAPPING);
    const o = v as t.RegistrationAffinityGroupMappingInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.from != null) { n++; writeAffinityGroup(w, o.from, 336 /* from */, 'from', -1); }
    if (o.to != null) { n++; writeAffinityGroup(w, o.to, 934 /* to */, 'to', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 155);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeRegistrationAffinityLabelMapping(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== REGISTRATION_AFFINITY_LABEL_MAPPING && p !== OBJECT && p !== null) w.refuse(v, REGISTRATION_AFFINITY_LABEL_MAPPING);
    const o = v as t.RegistrationAffinityLabelMappingInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.from != null) { n++; writeAffinityLabel(w, o.from, 336 /* from */, 'from', -1); }
    if (o.to != null) { n++; writeAffinityLabel(w, o.to, 934 /* to */, 'to', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 156);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeRegistrationClusterMapping(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== REGISTRATION_CLUSTER_MAPPING && p !== OBJECT && p !== null) w.refuse(v, REGISTRATION_CLUSTER_MAPPING);
    const o = v as t.RegistrationClusterMappingInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.from != null) { n++; writeCluster(w, o.from, 336 /* from */, 'from', -1); }
    if (o.to != null) { n++; writeCluster(w, o.to, 934 /* to */, 'to', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 157);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeRegistrationConfiguration(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== REGISTRATION_CONFIGURATION && p !== OBJECT && p !== null) w.refuse(v, REGISTRATION_CONFIGURATION);
    const o = v as t.RegistrationConfigurationInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.affinityGroupMappings != null) {
      n++;
      const a = w.list(o.affinityGroupMappings, 'affinityGroupMappings');
      w.openList(14 /* affinity_group_mappings */, 'affinityGroupMappings');
      for (let k = 0; k < a.length; k++) writeRegistrationAffinityGroupMapping(w, a[k], 750 /* registration_affinity_group_mapping */, 'affinityGroupMappings', k);
      w.close();
    }
    if (o.affinityLabelMappings != null) {
      n++;
      const a = w.list(o.affinityLabelMappings, 'affinityLabelMappings');
      w.openList(17 /* affinity_label_mappings */, 'affinityLabelMappings');
      for (let k = 0; k < a.length; k++) writeRegistrationAffinityLabelMapping(w, a[k], 752 /* registration_affinity_label_mapping */, 'affinityLabelMappings', k);
      w.close();
    }
    if (o.clusterMappings != null) {
      n++;
      const a = w.list(o.clusterMappings, 'clusterMappings');
      w.openList(126 /* cluster_mappings */, 'clusterMappings');
      for (let k = 0; k < a.length; k++) writeRegistrationClusterMapping(w, a[k], 754 /* registration_cluster_mapping */, 'clusterMappings', k);
      w.close();
    }
    if (o.domainMappings != null) {
      n++;
      const a = w.list(o.domainMappings, 'domainMappings');
      w.openList(246 /* domain_mappings */, 'domainMappings');
      for (let k = 0; k < a.length; k++) writeRegistrationDomainMapping(w, a[k], 758 /* registration_domain_mapping */, 'domainMappings', k);
      w.close();
    }
    if (o.lunMappings != null) {
      n++;
      const a = w.list(o.lunMappings, 'lunMappings');
      w.openList(498 /* lun_mappings */, 'lunMappings');
      for (let k = 0; k < a.length; k++) writeRegistrationLunMapping(w, a[k], 760 /* registration_lun_mapping */, 'lunMappings', k);
      w.close();
    }
    if (o.roleMappings != null) {
      n++;
      const a = w.list(o.roleMappings, 'roleMappings');
      w.openList(789 /* role_mappings */, 'roleMappings');
      for (let k = 0; k < a.length; k++) writeRegistrationRoleMapping(w, a[k], 762 /* registration_role_mapping */, 'roleMappings', k);
      w.close();
    }
    if (o.vnicProfileMappings != null) {
      n++;
      const a = w.list(o.vnicProfileMappings, 'vnicProfileMappings');
      w.openList(1038 /* vnic_profile_mappings */, 'vnicProfileMappings');
      for (let k = 0; k < a.length; k++) writeRegistrationVnicProfileMapping(w, a[k], 764 /* registration_vnic_profile_mapping */, 'vnicProfileMappings', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 158);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeRegistrationDomainMapping(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== REGISTRATION_DOMAIN_MAPPING && p !== OBJECT && p !== null) w.refuse(v, REGISTRATION_DOMAIN_MAPPING);
    const o = v as t.RegistrationDomainMappingInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.from != null) { n++; writeDomain(w, o.from, 336 /* from */, 'from', -1); }
    if (o.to != null) { n++; writeDomain(w, o.to, 934 /* to */, 'to', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 159);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeRegistrationLunMapping(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== REGISTRATION_LUN_MAPPING && p !== OBJECT && p !== null) w.refuse(v, REGISTRATION_LUN_MAPPING);
    const o = v as t.RegistrationLunMappingInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.from != null) { n++; writeDisk(w, o.from, 336 /* from */, 'from', -1); }
    if (o.to != null) { n++; writeDisk(w, o.to, 934 /* to */, 'to', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 160);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeRegistrationRoleMapping(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== REGISTRATION_ROLE_MAPPING && p !== OBJECT && p !== null) w.refuse(v, REGISTRATION_ROLE_MAPPING);
    const o = v as t.RegistrationRoleMappingInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.from != null) { n++; writeRole(w, o.from, 336 /* from */, 'from', -1); }
    if (o.to != null) { n++; writeRole(w, o.to, 934 /* to */, 'to', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 161);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeRegistrationVnicProfileMapping(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== REGISTRATION_VNIC_PROFILE_MAPPING && p !== OBJECT && p !== null) w.refuse(v, REGISTRATION_VNIC_PROFILE_MAPPING);
    const o = v as t.RegistrationVnicProfileMappingInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.from != null) { n++; writeVnicProfile(w, o.from, 336 /* from */, 'from', -1); }
    if (o.to != null) { n++; writeVnicProfile(w, o.to, 934 /* to */, 'to', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 162);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeReportedConfiguration(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== REPORTED_CONFIGURATION && p !== OBJECT && p !== null) w.refuse(v, REPORTED_CONFIGURATION);
    const o = v as t.ReportedConfigurationInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.actualValue != null) { n++; w.str(7 /* actual_value */, o.actualValue, 'actualValue'); }
    if (o.expectedValue != null) { n++; w.str(279 /* expected_value */, o.expectedValue, 'expectedValue'); }
    if (o.inSync != null) { n++; w.bool(418 /* in_sync */, o.inSync, 'inSync'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 163);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeReportedDevice(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== REPORTED_DEVICE && p !== OBJECT && p !== null) w.refuse(v, REPORTED_DEVICE);
    const o = v as t.ReportedDeviceInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.ips != null) {
      n++;
      const a = w.list(o.ips, 'ips');
      w.openList(442 /* ips */, 'ips');
      for (let k = 0; k < a.length; k++) writeIp(w, a[k], 438 /* ip */, 'ips', k);
      w.close();
    }
    if (o.mac != null) { n++; writeMac(w, o.mac, 502 /* mac */, 'mac', -1); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 164);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeRngDevice(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== RNG_DEVICE && p !== OBJECT && p !== null) w.refuse(v, RNG_DEVICE);
    const o = v as t.RngDeviceInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.rate != null) { n++; writeRate(w, o.rate, 740 /* rate */, 'rate', -1); }
    if (o.source != null) { n++; w.enumValue(839 /* source */, o.source, 'source'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 165);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeRole(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== ROLE && p !== OBJECT && p !== null) w.refuse(v, ROLE);
    const o = v as t.RoleInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.administrative != null) { n++; w.bool(11 /* administrative */, o.administrative, 'administrative'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.mutable != null) { n++; w.bool(563 /* mutable */, o.mutable, 'mutable'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.permits != null) {
      n++;
      const a = w.list(o.permits, 'permits');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(676 /* permits */, 'permits');
        for (let k = 0; k < a.length; k++) writePermit(w, a[k], 675 /* permit */, 'permits', k);
        w.close();
      }
    }
    if (o.user != null) { n++; writeUser(w, o.user, 974 /* user */, 'user', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 166);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSchedulingPolicy(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SCHEDULING_POLICY && p !== OBJECT && p !== null) w.refuse(v, SCHEDULING_POLICY);
    const o = v as t.SchedulingPolicyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.defaultPolicy != null) { n++; w.bool(199 /* default_policy */, o.defaultPolicy, 'defaultPolicy'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.locked != null) { n++; w.bool(489 /* locked */, o.locked, 'locked'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.properties != null) {
      n++;
      const a = w.list(o.properties, 'properties');
      w.openList(716 /* properties */, 'properties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'properties', k);
      w.close();
    }
    if (o.balances != null) {
      n++;
      const a = w.list(o.balances, 'balances');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(68 /* balances */, 'balances');
        for (let k = 0; k < a.length; k++) writeBalance(w, a[k], 67 /* balance */, 'balances', k);
        w.close();
      }
    }
    if (o.filters != null) {
      n++;
      const a = w.list(o.filters, 'filters');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(322 /* filters */, 'filters');
        for (let k = 0; k < a.length; k++) writeFilter(w, a[k], 321 /* filter */, 'filters', k);
        w.close();
      }
    }
    if (o.weight != null) {
      n++;
      const a = w.list(o.weight, 'weight');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1052 /* weight */, 'weight');
        for (let k = 0; k < a.length; k++) writeWeight(w, a[k], 1052 /* weight */, 'weight', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 167);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSchedulingPolicyUnit(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SCHEDULING_POLICY_UNIT && p !== OBJECT && p !== null) w.refuse(v, SCHEDULING_POLICY_UNIT);
    const o = v as t.SchedulingPolicyUnitInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    if (o.internal != null) { n++; w.bool(434 /* internal */, o.internal, 'internal'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.properties != null) {
      n++;
      const a = w.list(o.properties, 'properties');
      w.openList(716 /* properties */, 'properties');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'properties', k);
      w.close();
    }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 168);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSeLinux(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SE_LINUX && p !== OBJECT && p !== null) w.refuse(v, SE_LINUX);
    const o = v as t.SeLinuxInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.mode != null) { n++; w.enumValue(553 /* mode */, o.mode, 'mode'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 169);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSerialNumber(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SERIAL_NUMBER && p !== OBJECT && p !== null) w.refuse(v, SERIAL_NUMBER);
    const o = v as t.SerialNumberInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.policy != null) { n++; w.enumValue(688 /* policy */, o.policy, 'policy'); }
    if (o.value != null) { n++; w.str(985 /* value */, o.value, 'value'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 170);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSession(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SESSION && p !== OBJECT && p !== null) w.refuse(v, SESSION);
    const o = v as t.SessionInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.consoleUser != null) { n++; w.bool(150 /* console_user */, o.consoleUser, 'consoleUser'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.ip != null) { n++; writeIp(w, o.ip, 438 /* ip */, 'ip', -1); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.protocol != null) { n++; w.str(718 /* protocol */, o.protocol, 'protocol'); }
    if (o.user != null) { n++; writeUser(w, o.user, 974 /* user */, 'user', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 171);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSkipIfConnectivityBroken(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SKIP_IF_CONNECTIVITY_BROKEN && p !== OBJECT && p !== null) w.refuse(v, SKIP_IF_CONNECTIVITY_BROKEN);
    const o = v as t.SkipIfConnectivityBrokenInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    if (o.threshold != null) { n++; w.int(923 /* threshold */, o.threshold, 'threshold'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 172);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSkipIfSdActive(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SKIP_IF_SD_ACTIVE && p !== OBJECT && p !== null) w.refuse(v, SKIP_IF_SD_ACTIVE);
    const o = v as t.SkipIfSdActiveInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 173);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSnapshot(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SNAPSHOT && p !== OBJECT && p !== null) w.refuse(v, SNAPSHOT);
    const o = v as t.SnapshotInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.autoPinningPolicy != null) { n++; w.enumValue(58 /* auto_pinning_policy */, o.autoPinningPolicy, 'autoPinningPolicy'); }
    if (o.bios != null) { n++; writeBios(w, o.bios, 74 /* bios */, 'bios', -1); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.console != null) { n++; writeConsole(w, o.console, 149 /* console */, 'console', -1); }
    if (o.cpu != null) { n++; writeCpu(w, o.cpu, 159 /* cpu */, 'cpu', -1); }
    if (o.cpuPinningPolicy != null) { n++; w.enumValue(162 /* cpu_pinning_policy */, o.cpuPinningPolicy, 'cpuPinningPolicy'); }
    if (o.cpuShares != null) { n++; w.int(166 /* cpu_shares */, o.cpuShares, 'cpuShares'); }
    if (o.creationTime != null) { n++; w.date(178 /* creation_time */, o.creationTime, 'creationTime'); }
    if (o.customCompatibilityVersion != null) { n++; writeVersion(w, o.customCompatibilityVersion, 180 /* custom_compatibility_version */, 'customCompatibilityVersion', -1); }
    if (o.customCpuModel != null) { n++; w.str(182 /* custom_cpu_model */, o.customCpuModel, 'customCpuModel'); }
    if (o.customEmulatedMachine != null) { n++; w.str(184 /* custom_emulated_machine */, o.customEmulatedMachine, 'customEmulatedMachine'); }
    if (o.customProperties != null) {
      n++;
      const a = w.list(o.customProperties, 'customProperties');
      w.openList(188 /* custom_properties */, 'customProperties');
      for (let k = 0; k < a.length; k++) writeCustomProperty(w, a[k], 189 /* custom_property */, 'customProperties', k);
      w.close();
    }
    if (o.date != null) { n++; w.date(197 /* date */, o.date, 'date'); }
    if (o.deleteProtected != null) { n++; w.bool(201 /* delete_protected */, o.deleteProtected, 'deleteProtected'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.display != null) { n++; writeDisplay(w, o.display, 234 /* display */, 'display', -1); }
    if (o.domain != null) { n++; writeDomain(w, o.domain, 244 /* domain */, 'domain', -1); }
    if (o.fqdn != null) { n++; w.str(335 /* fqdn */, o.fqdn, 'fqdn'); }
    if (o.guestOperatingSystem != null) { n++; writeGuestOperatingSystem(w, o.guestOperatingSystem, 366 /* guest_operating_system */, 'guestOperatingSystem', -1); }
    if (o.guestTimeZone != null) { n++; writeTimeZone(w, o.guestTimeZone, 368 /* guest_time_zone */, 'guestTimeZone', -1); }
    if (o.hasIllegalImages != null) { n++; w.bool(372 /* has_illegal_images */, o.hasIllegalImages, 'hasIllegalImages'); }
    if (o.highAvailability != null) { n++; writeHighAvailability(w, o.highAvailability, 375 /* high_availability */, 'highAvailability', -1); }
    if (o.initialization != null) { n++; writeInitialization(w, o.initialization, 425 /* initialization */, 'initialization', -1); }
    if (o.io != null) { n++; writeIo(w, o.io, 435 /* io */, 'io', -1); }
    if (o.largeIcon != null) { n++; writeIcon(w, o.largeIcon, 469 /* large_icon */, 'largeIcon', -1); }
    if (o.lease != null) { n++; writeStorageDomainLease(w, o.lease, 479 /* lease */, 'lease', -1); }
    if (o.memory != null) { n++; w.int(529 /* memory */, o.memory, 'memory'); }
    if (o.memoryPolicy != null) { n++; writeMemoryPolicy(w, o.memoryPolicy, 534 /* memory_policy */, 'memoryPolicy', -1); }
    if (o.migration != null) { n++; writeMigrationOptions(w, o.migration, 544 /* migration */, 'migration', -1); }
    if (o.migrationDowntime != null) { n++; w.int(547 /* migration_downtime */, o.migrationDowntime, 'migrationDowntime'); }
    if (o.multiQueuesEnabled != null) { n++; w.bool(562 /* multi_queues_enabled */, o.multiQueuesEnabled, 'multiQueuesEnabled'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.nextRunConfigurationExists != null) { n++; w.bool(587 /* next_run_configuration_exists */, o.nextRunConfigurationExists, 'nextRunConfigurationExists'); }
    if (o.numaTuneMode != null) { n++; w.enumValue(603 /* numa_tune_mode */, o.numaTuneMode, 'numaTuneMode'); }
    if (o.origin != null) { n++; w.str(638 /* origin */, o.origin, 'origin'); }
    if (o.os != null) { n++; writeOperatingSystem(w, o.os, 640 /* os */, 'os', -1); }
    if (o.payloads != null) {
      n++;
      const a = w.list(o.payloads, 'payloads');
      w.openList(670 /* payloads */, 'payloads');
      for (let k = 0; k < a.length; k++) writePayload(w, a[k], 669 /* payload */, 'payloads', k);
      w.close();
    }
    if (o.persistMemorystate != null) { n++; w.bool(677 /* persist_memorystate */, o.persistMemorystate, 'persistMemorystate'); }
    if (o.placementPolicy != null) { n++; writeVmPlacementPolicy(w, o.placementPolicy, 683 /* placement_policy */, 'placementPolicy', -1); }
    if (o.rngDevice != null) { n++; writeRngDevice(w, o.rngDevice, 786 /* rng_device */, 'rngDevice', -1); }
    if (o.runOnce != null) { n++; w.bool(793 /* run_once */, o.runOnce, 'runOnce'); }
    if (o.serialNumber != null) { n++; writeSerialNumber(w, o.serialNumber, 806 /* serial_number */, 'serialNumber', -1); }
    if (o.smallIcon != null) { n++; writeIcon(w, o.smallIcon, 828 /* small_icon */, 'smallIcon', -1); }
    if (o.snapshotStatus != null) { n++; w.enumValue(831 /* snapshot_status */, o.snapshotStatus, 'snapshotStatus'); }
    if (o.snapshotType != null) { n++; w.enumValue(832 /* snapshot_type */, o.snapshotType, 'snapshotType'); }
    if (o.soundcardEnabled != null) { n++; w.bool(838 /* soundcard_enabled */, o.soundcardEnabled, 'soundcardEnabled'); }
    if (o.sso != null) { n++; writeSso(w, o.sso, 855 /* sso */, 'sso', -1); }
    if (o.startPaused != null) { n++; w.bool(858 /* start_paused */, o.startPaused, 'startPaused'); }
    if (o.startTime != null) { n++; w.date(859 /* start_time */, o.startTime, 'startTime'); }
    if (o.stateless != null) { n++; w.bool(862 /* stateless */, o.stateless, 'stateless'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.statusDetail != null) { n++; w.str(866 /* status_detail */, o.statusDetail, 'statusDetail'); }
    if (o.stopReason != null) { n++; w.str(870 /* stop_reason */, o.stopReason, 'stopReason'); }
    if (o.stopTime != null) { n++; w.date(871 /* stop_time */, o.stopTime, 'stopTime'); }
    if (o.storageErrorResumeBehaviour != null) { n++; w.enumValue(882 /* storage_error_resume_behaviour */, o.storageErrorResumeBehaviour, 'storageErrorResumeBehaviour'); }
    if (o.timeZone != null) { n++; writeTimeZone(w, o.timeZone, 927 /* time_zone */, 'timeZone', -1); }
    if (o.tpmEnabled != null) { n++; w.bool(939 /* tpm_enabled */, o.tpmEnabled, 'tpmEnabled'); }
    if (o.tunnelMigration != null) { n++; w.bool(948 /* tunnel_migration */, o.tunnelMigration, 'tunnelMigration'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.usb != null) { n++; writeUsb(w, o.usb, 966 /* usb */, 'usb', -1); }
    if (o.useLatestTemplateVersion != null) { n++; w.bool(971 /* use_latest_template_version */, o.useLatestTemplateVersion, 'useLatestTemplateVersion'); }
    if (o.virtioScsi != null) { n++; writeVirtioScsi(w, o.virtioScsi, 1004 /* virtio_scsi */, 'virtioScsi', -1); }
    if (o.virtioScsiMultiQueues != null) { n++; w.int(1005 /* virtio_scsi_multi_queues */, o.virtioScsiMultiQueues, 'virtioScsiMultiQueues'); }
    if (o.virtioScsiMultiQueuesEnabled != null) { n++; w.bool(1006 /* virtio_scsi_multi_queues_enabled */, o.virtioScsiMultiQueuesEnabled, 'virtioScsiMultiQueuesEnabled'); }
    if (o.affinityLabels != null) {
      n++;
      const a = w.list(o.affinityLabels, 'affinityLabels');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(18 /* affinity_labels */, 'affinityLabels');
        for (let k = 0; k < a.length; k++) writeAffinityLabel(w, a[k], 16 /* affinity_label */, 'affinityLabels', k);
        w.close();
      }
    }
    if (o.applications != null) {
      n++;
      const a = w.list(o.applications, 'applications');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(40 /* applications */, 'applications');
        for (let k = 0; k < a.length; k++) writeApplication(w, a[k], 39 /* application */, 'applications', k);
        w.close();
      }
    }
    if (o.cdroms != null) {
      n++;
      const a = w.list(o.cdroms, 'cdroms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(106 /* cdroms */, 'cdroms');
        for (let k = 0; k < a.length; k++) writeCdrom(w, a[k], 105 /* cdrom */, 'cdroms', k);
        w.close();
      }
    }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.cpuProfile != null) { n++; writeCpuProfile(w, o.cpuProfile, 163 /* cpu_profile */, 'cpuProfile', -1); }
    if (o.diskAttachments != null) {
      n++;
      const a = w.list(o.diskAttachments, 'diskAttachments');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(223 /* disk_attachments */, 'diskAttachments');
        for (let k = 0; k < a.length; k++) writeDiskAttachment(w, a[k], 222 /* disk_attachment */, 'diskAttachments', k);
        w.close();
      }
    }
    if (o.disks != null) {
      n++;
      const a = w.list(o.disks, 'disks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(231 /* disks */, 'disks');
        for (let k = 0; k < a.length; k++) writeDisk(w, a[k], 221 /* disk */, 'disks', k);
        w.close();
      }
    }
    if (o.dynamicCpu != null) { n++; writeDynamicCpu(w, o.dynamicCpu, 254 /* dynamic_cpu */, 'dynamicCpu', -1); }
    if (o.externalHostProvider != null) { n++; writeExternalHostProvider(w, o.externalHostProvider, 290 /* external_host_provider */, 'externalHostProvider', -1); }
    if (o.floppies != null) {
      n++;
      const a = w.list(o.floppies, 'floppies');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(328 /* floppies */, 'floppies');
        for (let k = 0; k < a.length; k++) writeFloppy(w, a[k], 329 /* floppy */, 'floppies', k);
        w.close();
      }
    }
    if (o.graphicsConsoles != null) {
      n++;
      const a = w.list(o.graphicsConsoles, 'graphicsConsoles');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(361 /* graphics_consoles */, 'graphicsConsoles');
        for (let k = 0; k < a.length; k++) writeGraphicsConsole(w, a[k], 360 /* graphics_console */, 'graphicsConsoles', k);
        w.close();
      }
    }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.hostDevices != null) {
      n++;
      const a = w.list(o.hostDevices, 'hostDevices');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(384 /* host_devices */, 'hostDevices');
        for (let k = 0; k < a.length; k++) writeHostDevice(w, a[k], 381 /* host_device */, 'hostDevices', k);
        w.close();
      }
    }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.katelloErrata != null) {
      n++;
      const a = w.list(o.katelloErrata, 'katelloErrata');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(457 /* katello_errata */, 'katelloErrata');
        for (let k = 0; k < a.length; k++) writeKatelloErratum(w, a[k], 458 /* katello_erratum */, 'katelloErrata', k);
        w.close();
      }
    }
    if (o.mediatedDevices != null) {
      n++;
      const a = w.list(o.mediatedDevices, 'mediatedDevices');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(527 /* mediated_devices */, 'mediatedDevices');
        for (let k = 0; k < a.length; k++) writeVmMediatedDevice(w, a[k], 1020 /* vm_mediated_device */, 'mediatedDevices', k);
        w.close();
      }
    }
    if (o.nics != null) {
      n++;
      const a = w.list(o.nics, 'nics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(597 /* nics */, 'nics');
        for (let k = 0; k < a.length; k++) writeNic(w, a[k], 594 /* nic */, 'nics', k);
        w.close();
      }
    }
    if (o.numaNodes != null) {
      n++;
      const a = w.list(o.numaNodes, 'numaNodes');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(393 /* host_numa_nodes */, 'numaNodes');
        for (let k = 0; k < a.length; k++) writeNumaNode(w, a[k], 392 /* host_numa_node */, 'numaNodes', k);
        w.close();
      }
    }
    if (o.originalTemplate != null) { n++; writeTemplate(w, o.originalTemplate, 639 /* original_template */, 'originalTemplate', -1); }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.quota != null) { n++; writeQuota(w, o.quota, 729 /* quota */, 'quota', -1); }
    if (o.reportedDevices != null) {
      n++;
      const a = w.list(o.reportedDevices, 'reportedDevices');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(776 /* reported_devices */, 'reportedDevices');
        for (let k = 0; k < a.length; k++) writeReportedDevice(w, a[k], 775 /* reported_device */, 'reportedDevices', k);
        w.close();
      }
    }
    if (o.sessions != null) {
      n++;
      const a = w.list(o.sessions, 'sessions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(814 /* sessions */, 'sessions');
        for (let k = 0; k < a.length; k++) writeSession(w, a[k], 813 /* session */, 'sessions', k);
        w.close();
      }
    }
    if (o.snapshots != null) {
      n++;
      const a = w.list(o.snapshots, 'snapshots');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(833 /* snapshots */, 'snapshots');
        for (let k = 0; k < a.length; k++) writeSnapshot(w, a[k], 830 /* snapshot */, 'snapshots', k);
        w.close();
      }
    }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(864 /* statistics */, 'statistics');
        for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
        w.close();
      }
    }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    if (o.tags != null) {
      n++;
      const a = w.list(o.tags, 'tags');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(913 /* tags */, 'tags');
        for (let k = 0; k < a.length; k++) writeTag(w, a[k], 912 /* tag */, 'tags', k);
        w.close();
      }
    }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vmPool != null) { n++; writeVmPool(w, o.vmPool, 1026 /* vm_pool */, 'vmPool', -1); }
    if (o.watchdogs != null) {
      n++;
      const a = w.list(o.watchdogs, 'watchdogs');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1051 /* watchdogs */, 'watchdogs');
        for (let k = 0; k < a.length; k++) writeWatchdog(w, a[k], 1050 /* watchdog */, 'watchdogs', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 174);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSpecialObjects(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SPECIAL_OBJECTS && p !== OBJECT && p !== null) w.refuse(v, SPECIAL_OBJECTS);
    const o = v as t.SpecialObjectsInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.blankTemplate != null) { n++; writeTemplate(w, o.blankTemplate, 77 /* blank_template */, 'blankTemplate', -1); }
    if (o.rootTag != null) { n++; writeTag(w, o.rootTag, 792 /* root_tag */, 'rootTag', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 175);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSpm(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SPM && p !== OBJECT && p !== null) w.refuse(v, SPM);
    const o = v as t.SpmInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.priority != null) { n++; w.int(701 /* priority */, o.priority, 'priority'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 176);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSsh(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SSH && p !== OBJECT && p !== null) w.refuse(v, SSH);
    const o = v as t.SshInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.authenticationMethod != null) { n++; w.enumValue(49 /* authentication_method */, o.authenticationMethod, 'authenticationMethod'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.fingerprint != null) { n++; w.str(323 /* fingerprint */, o.fingerprint, 'fingerprint'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.port != null) { n++; w.int(690 /* port */, o.port, 'port'); }
    if (o.publicKey != null) { n++; w.str(725 /* public_key */, o.publicKey, 'publicKey'); }
    if (o.user != null) { n++; writeUser(w, o.user, 974 /* user */, 'user', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 177);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSshPublicKey(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SSH_PUBLIC_KEY && p !== OBJECT && p !== null) w.refuse(v, SSH_PUBLIC_KEY);
    const o = v as t.SshPublicKeyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.content != null) { n++; w.str(152 /* content */, o.content, 'content'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.user != null) { n++; writeUser(w, o.user, 974 /* user */, 'user', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 178);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSso(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SSO && p !== OBJECT && p !== null) w.refuse(v, SSO);
    const o = v as t.SsoInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.methods != null) {
      n++;
      const a = w.list(o.methods, 'methods');
      w.openList(540 /* methods */, 'methods');
      for (let k = 0; k < a.length; k++) writeMethod(w, a[k], 539 /* method */, 'methods', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 179);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeStatistic(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== STATISTIC && p !== OBJECT && p !== null) w.refuse(v, STATISTIC);
    const o = v as t.StatisticInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.kind != null) { n++; w.enumValue(466 /* kind */, o.kind, 'kind'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.unit != null) { n++; w.enumValue(952 /* unit */, o.unit, 'unit'); }
    if (o.values != null) {
      n++;
      const a = w.list(o.values, 'values');
      w.openList(986 /* values */, 'values');
      for (let k = 0; k < a.length; k++) writeValue(w, a[k], 985 /* value */, 'values', k);
      w.close();
    }
    if (o.brick != null) { n++; writeGlusterBrick(w, o.brick, 91 /* brick */, 'brick', -1); }
    if (o.disk != null) { n++; writeDisk(w, o.disk, 221 /* disk */, 'disk', -1); }
    if (o.glusterVolume != null) { n++; writeGlusterVolume(w, o.glusterVolume, 352 /* gluster_volume */, 'glusterVolume', -1); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.hostNic != null) { n++; writeHostNic(w, o.hostNic, 388 /* host_nic */, 'hostNic', -1); }
    if (o.hostNumaNode != null) { n++; writeNumaNode(w, o.hostNumaNode, 392 /* host_numa_node */, 'hostNumaNode', -1); }
    if (o.nic != null) { n++; writeNic(w, o.nic, 594 /* nic */, 'nic', -1); }
    if (o.step != null) { n++; writeStep(w, o.step, 867 /* step */, 'step', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 180);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeStep(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== STEP && p !== OBJECT && p !== null) w.refuse(v, STEP);
    const o = v as t.StepInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.endTime != null) { n++; w.date(263 /* end_time */, o.endTime, 'endTime'); }
    if (o.external != null) { n++; w.bool(281 /* external */, o.external, 'external'); }
    if (o.externalType != null) { n++; w.enumValue(304 /* external_type */, o.externalType, 'externalType'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.number != null) { n++; w.int(605 /* number */, o.number, 'number'); }
    if (o.progress != null) { n++; w.int(712 /* progress */, o.progress, 'progress'); }
    if (o.startTime != null) { n++; w.date(859 /* start_time */, o.startTime, 'startTime'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.executionHost != null) { n++; writeHost(w, o.executionHost, 278 /* execution_host */, 'executionHost', -1); }
    if (o.job != null) { n++; writeJob(w, o.job, 455 /* job */, 'job', -1); }
    if (o.parentStep != null) { n++; writeStep(w, o.parentStep, 662 /* parent_step */, 'parentStep', -1); }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(864 /* statistics */, 'statistics');
        for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 181);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeStorageConnection(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== STORAGE_CONNECTION && p !== OBJECT && p !== null) w.refuse(v, STORAGE_CONNECTION);
    const o = v as t.StorageConnectionInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.address != null) { n++; w.str(10 /* address */, o.address, 'address'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.mountOptions != null) { n++; w.str(560 /* mount_options */, o.mountOptions, 'mountOptions'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.nfsRetrans != null) { n++; w.int(590 /* nfs_retrans */, o.nfsRetrans, 'nfsRetrans'); }
    if (o.nfsTimeo != null) { n++; w.int(592 /* nfs_timeo */, o.nfsTimeo, 'nfsTimeo'); }
    if (o.nfsVersion != null) { n++; w.enumValue(593 /* nfs_version */, o.nfsVersion, 'nfsVersion'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.path != null) { n++; w.str(666 /* path */, o.path, 'path'); }
    if (o.port != null) { n++; w.int(690 /* port */, o.port, 'port'); }
    if (o.portal != null) { n++; w.str(694 /* portal */, o.portal, 'portal'); }
    if (o.target != null) { n++; w.str(914 /* target */, o.target, 'target'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    if (o.vfsType != null) { n++; w.str(1000 /* vfs_type */, o.vfsType, 'vfsType'); }
    if (o.glusterVolume != null) { n++; writeGlusterVolume(w, o.glusterVolume, 352 /* gluster_volume */, 'glusterVolume', -1); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 182);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeStorageConnectionExtension(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== STORAGE_CONNECTION_EXTENSION && p !== OBJECT && p !== null) w.refuse(v, STORAGE_CONNECTION_EXTENSION);
    const o = v as t.StorageConnectionExtensionInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.target != null) { n++; w.str(914 /* target */, o.target, 'target'); }
    if (o.username != null) { n++; w.str(980 /* username */, o.username, 'username'); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 183);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeStorageDomain(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== STORAGE_DOMAIN && p !== OBJECT && p !== null) w.refuse(v, STORAGE_DOMAIN);
    const o = v as t.StorageDomainInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.available != null) { n++; w.int(62 /* available */, o.available, 'available'); }
    if (o.backup != null) { n++; w.bool(64 /* backup */, o.backup, 'backup'); }
    if (o.blockSize != null) { n++; w.int(78 /* block_size */, o.blockSize, 'blockSize'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.committed != null) { n++; w.int(137 /* committed */, o.committed, 'committed'); }
    if (o.criticalSpaceActionBlocker != null) { n++; w.int(179 /* critical_space_action_blocker */, o.criticalSpaceActionBlocker, 'criticalSpaceActionBlocker'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.discardAfterDelete != null) { n++; w.bool(212 /* discard_after_delete */, o.discardAfterDelete, 'discardAfterDelete'); }
    if (o.externalStatus != null) { n++; w.enumValue(301 /* external_status */, o.externalStatus, 'externalStatus'); }
    if (o.import != null) { n++; w.bool(416 /* import */, o.import, 'import'); }
    if (o.master != null) { n++; w.bool(512 /* master */, o.master, 'master'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.storage != null) { n++; writeHostStorage(w, o.storage, 872 /* storage */, 'storage', -1); }
    if (o.storageFormat != null) { n++; w.enumValue(883 /* storage_format */, o.storageFormat, 'storageFormat'); }
    if (o.supportsDiscard != null) { n++; w.bool(902 /* supports_discard */, o.supportsDiscard, 'supportsDiscard'); }
    if (o.supportsDiscardZeroesData != null) { n++; w.bool(903 /* supports_discard_zeroes_data */, o.supportsDiscardZeroesData, 'supportsDiscardZeroesData'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.used != null) { n++; w.int(973 /* used */, o.used, 'used'); }
    if (o.warningLowSpaceIndicator != null) { n++; w.int(1049 /* warning_low_space_indicator */, o.warningLowSpaceIndicator, 'warningLowSpaceIndicator'); }
    if (o.wipeAfterDelete != null) { n++; w.bool(1055 /* wipe_after_delete */, o.wipeAfterDelete, 'wipeAfterDelete'); }
    if (o.dataCenter != null) { n++; writeDataCenter(w, o.dataCenter, 194 /* data_center */, 'dataCenter', -1); }
    if (o.dataCenters != null) {
      n++;
      const a = w.list(o.dataCenters, 'dataCenters');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(195 /* data_centers */, 'dataCenters');
        for (let k = 0; k < a.length; k++) writeDataCenter(w, a[k], 194 /* data_center */, 'dataCenters', k);
        w.close();
      }
    }
    if (o.diskProfiles != null) {
      n++;
      const a = w.list(o.diskProfiles, 'diskProfiles');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(226 /* disk_profiles */, 'diskProfiles');
        for (let k = 0; k < a.length; k++) writeDiskProfile(w, a[k], 225 /* disk_profile */, 'diskProfiles', k);
        w.close();
      }
    }
    if (o.diskSnapshots != null) {
      n++;
      const a = w.list(o.diskSnapshots, 'diskSnapshots');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(228 /* disk_snapshots */, 'diskSnapshots');
        for (let k = 0; k < a.length; k++) writeDiskSnapshot(w, a[k], 227 /* disk_snapshot */, 'diskSnapshots', k);
        w.close();
      }
    }
    if (o.disks != null) {
      n++;
      const a = w.list(o.disks, 'disks');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(231 /* disks */, 'disks');
        for (let k = 0; k < a.length; k++) writeDisk(w, a[k], 221 /* disk */, 'disks', k);
        w.close();
      }
    }
    if (o.files != null) {
      n++;
      const a = w.list(o.files, 'files');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(320 /* files */, 'files');
        for (let k = 0; k < a.length; k++) writeFile(w, a[k], 317 /* file */, 'files', k);
        w.close();
      }
    }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.images != null) {
      n++;
      const a = w.list(o.images, 'images');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(415 /* images */, 'images');
        for (let k = 0; k < a.length; k++) writeImage(w, a[k], 411 /* image */, 'images', k);
        w.close();
      }
    }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.storageConnections != null) {
      n++;
      const a = w.list(o.storageConnections, 'storageConnections');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(876 /* storage_connections */, 'storageConnections');
        for (let k = 0; k < a.length; k++) writeStorageConnection(w, a[k], 873 /* storage_connection */, 'storageConnections', k);
        w.close();
      }
    }
    if (o.templates != null) {
      n++;
      const a = w.list(o.templates, 'templates');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(919 /* templates */, 'templates');
        for (let k = 0; k < a.length; k++) writeTemplate(w, a[k], 916 /* template */, 'templates', k);
        w.close();
      }
    }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 184);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeStorageDomainLease(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== STORAGE_DOMAIN_LEASE && p !== OBJECT && p !== null) w.refuse(v, STORAGE_DOMAIN_LEASE);
    const o = v as t.StorageDomainLeaseInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 185);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSystemOption(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SYSTEM_OPTION && p !== OBJECT && p !== null) w.refuse(v, SYSTEM_OPTION);
    const o = v as t.SystemOptionInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.values != null) {
      n++;
      const a = w.list(o.values, 'values');
      w.openList(986 /* values */, 'values');
      for (let k = 0; k < a.length; k++) writeSystemOptionValue(w, a[k], 909 /* system_option_value */, 'values', k);
      w.close();
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 186);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeSystemOptionValue(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== SYSTEM_OPTION_VALUE && p !== OBJECT && p !== null) w.refuse(v, SYSTEM_OPTION_VALUE);
    const o = v as t.SystemOptionValueInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.value != null) { n++; w.str(985 /* value */, o.value, 'value'); }
    if (o.version != null) { n++; w.str(996 /* version */, o.version, 'version'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 187);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeTag(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== TAG && p !== OBJECT && p !== null) w.refuse(v, TAG);
    const o = v as t.TagInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.group != null) { n++; writeGroup(w, o.group, 363 /* group */, 'group', -1); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.parent != null) { n++; writeTag(w, o.parent, 659 /* parent */, 'parent', -1); }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.user != null) { n++; writeUser(w, o.user, 974 /* user */, 'user', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 188);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeTemplate(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== TEMPLATE && p !== OBJECT && p !== null) w.refuse(v, TEMPLATE);
    const o = v as t.TemplateInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.autoPinningPolicy != null) { n++; w.enumValue(58 /* auto_pinning_policy */, o.autoPinningPolicy, 'autoPinningPolicy'); }
    if (o.bios != null) { n++; writeBios(w, o.bios, 74 /* bios */, 'bios', -1); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.console != null) { n++; writeConsole(w, o.console, 149 /* console */, 'console', -1); }
    if (o.cpu != null) { n++; writeCpu(w, o.cpu, 159 /* cpu */, 'cpu', -1); }
    if (o.cpuPinningPolicy != null) { n++; w.enumValue(162 /* cpu_pinning_policy */, o.cpuPinningPolicy, 'cpuPinningPolicy'); }
    if (o.cpuShares != null) { n++; w.int(166 /* cpu_shares */, o.cpuShares, 'cpuShares'); }
    if (o.creationTime != null) { n++; w.date(178 /* creation_time */, o.creationTime, 'creationTime'); }
    if (o.customCompatibilityVersion != null) { n++; writeVersion(w, o.customCompatibilityVersion, 180 /* custom_compatibility_version */, 'customCompatibilityVersion', -1); }
    if (o.customCpuModel != null) { n++; w.str(182 /* custom_cpu_model */, o.customCpuModel, 'customCpuModel'); }
    if (o.customEmulatedMachine != null) { n++; w.str(184 /* custom_emulated_machine */, o.customEmulatedMachine, 'customEmulatedMachine'); }
    if (o.customProperties != null) {
      n++;
      const a = w.list(o.customProperties, 'customProperties');
      w.openList(188 /* custom_properties */, 'customProperties');
      for (let k = 0; k < a.length; k++) writeCustomProperty(w, a[k], 189 /* custom_property */, 'customProperties', k);
      w.close();
    }
    if (o.deleteProtected != null) { n++; w.bool(201 /* delete_protected */, o.deleteProtected, 'deleteProtected'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.display != null) { n++; writeDisplay(w, o.display, 234 /* display */, 'display', -1); }
    if (o.domain != null) { n++; writeDomain(w, o.domain, 244 /* domain */, 'domain', -1); }
    if (o.highAvailability != null) { n++; writeHighAvailability(w, o.highAvailability, 375 /* high_availability */, 'highAvailability', -1); }
    if (o.initialization != null) { n++; writeInitialization(w, o.initialization, 425 /* initialization */, 'initialization', -1); }
    if (o.io != null) { n++; writeIo(w, o.io, 435 /* io */, 'io', -1); }
    if (o.largeIcon != null) { n++; writeIcon(w, o.largeIcon, 469 /* large_icon */, 'largeIcon', -1); }
    if (o.lease != null) { n++; writeStorageDomainLease(w, o.lease, 479 /* lease */, 'lease', -1); }
    if (o.memory != null) { n++; w.int(529 /* memory */, o.memory, 'memory'); }
    if (o.memoryPolicy != null) { n++; writeMemoryPolicy(w, o.memoryPolicy, 534 /* memory_policy */, 'memoryPolicy', -1); }
    if (o.migration != null) { n++; writeMigrationOptions(w, o.migration, 544 /* migration */, 'migration', -1); }
    if (o.migrationDowntime != null) { n++; w.int(547 /* migration_downtime */, o.migrationDowntime, 'migrationDowntime'); }
    if (o.multiQueuesEnabled != null) { n++; w.bool(562 /* multi_queues_enabled */, o.multiQueuesEnabled, 'multiQueuesEnabled'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.origin != null) { n++; w.str(638 /* origin */, o.origin, 'origin'); }
    if (o.os != null) { n++; writeOperatingSystem(w, o.os, 640 /* os */, 'os', -1); }
    if (o.placementPolicy != null) { n++; writeVmPlacementPolicy(w, o.placementPolicy, 683 /* placement_policy */, 'placementPolicy', -1); }
    if (o.rngDevice != null) { n++; writeRngDevice(w, o.rngDevice, 786 /* rng_device */, 'rngDevice', -1); }
    if (o.serialNumber != null) { n++; writeSerialNumber(w, o.serialNumber, 806 /* serial_number */, 'serialNumber', -1); }
    if (o.smallIcon != null) { n++; writeIcon(w, o.smallIcon, 828 /* small_icon */, 'smallIcon', -1); }
    if (o.soundcardEnabled != null) { n++; w.bool(838 /* soundcard_enabled */, o.soundcardEnabled, 'soundcardEnabled'); }
    if (o.sso != null) { n++; writeSso(w, o.sso, 855 /* sso */, 'sso', -1); }
    if (o.startPaused != null) { n++; w.bool(858 /* start_paused */, o.startPaused, 'startPaused'); }
    if (o.stateless != null) { n++; w.bool(862 /* stateless */, o.stateless, 'stateless'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.storageErrorResumeBehaviour != null) { n++; w.enumValue(882 /* storage_error_resume_behaviour */, o.storageErrorResumeBehaviour, 'storageErrorResumeBehaviour'); }
    if (o.timeZone != null) { n++; writeTimeZone(w, o.timeZone, 927 /* time_zone */, 'timeZone', -1); }
    if (o.tpmEnabled != null) { n++; w.bool(939 /* tpm_enabled */, o.tpmEnabled, 'tpmEnabled'); }
    if (o.tunnelMigration != null) { n++; w.bool(948 /* tunnel_migration */, o.tunnelMigration, 'tunnelMigration'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.usb != null) { n++; writeUsb(w, o.usb, 966 /* usb */, 'usb', -1); }
    if (o.version != null) { n++; writeTemplateVersion(w, o.version, 996 /* version */, 'version', -1); }
    if (o.virtioScsi != null) { n++; writeVirtioScsi(w, o.virtioScsi, 1004 /* virtio_scsi */, 'virtioScsi', -1); }
    if (o.virtioScsiMultiQueues != null) { n++; w.int(1005 /* virtio_scsi_multi_queues */, o.virtioScsiMultiQueues, 'virtioScsiMultiQueues'); }
    if (o.virtioScsiMultiQueuesEnabled != null) { n++; w.bool(1006 /* virtio_scsi_multi_queues_enabled */, o.virtioScsiMultiQueuesEnabled, 'virtioScsiMultiQueuesEnabled'); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.cdroms != null) {
      n++;
      const a = w.list(o.cdroms, 'cdroms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(106 /* cdroms */, 'cdroms');
        for (let k = 0; k < a.length; k++) writeCdrom(w, a[k], 105 /* cdrom */, 'cdroms', k);
        w.close();
      }
    }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.cpuProfile != null) { n++; writeCpuProfile(w, o.cpuProfile, 163 /* cpu_profile */, 'cpuProfile', -1); }
    if (o.diskAttachments != null) {
      n++;
      const a = w.list(o.diskAttachments, 'diskAttachments');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(223 /* disk_attachments */, 'diskAttachments');
        for (let k = 0; k < a.length; k++) writeDiskAttachment(w, a[k], 222 /* disk_attachment */, 'diskAttachments', k);
        w.close();
      }
    }
    if (o.graphicsConsoles != null) {
      n++;
      const a = w.list(o.graphicsConsoles, 'graphicsConsoles');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(361 /* graphics_consoles */, 'graphicsConsoles');
        for (let k = 0; k < a.length; k++) writeGraphicsConsole(w, a[k], 360 /* graphics_console */, 'graphicsConsoles', k);
        w.close();
      }
    }
    if (o.mediatedDevices != null) {
      n++;
      const a = w.list(o.mediatedDevices, 'mediatedDevices');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(527 /* mediated_devices */, 'mediatedDevices');
        for (let k = 0; k < a.length; k++) writeVmMediatedDevice(w, a[k], 1020 /* vm_mediated_device */, 'mediatedDevices', k);
        w.close();
      }
    }
    if (o.nics != null) {
      n++;
      const a = w.list(o.nics, 'nics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(597 /* nics */, 'nics');
        for (let k = 0; k < a.length; k++) writeNic(w, a[k], 594 /* nic */, 'nics', k);
        w.close();
      }
    }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.quota != null) { n++; writeQuota(w, o.quota, 729 /* quota */, 'quota', -1); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    if (o.tags != null) {
      n++;
      const a = w.list(o.tags, 'tags');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(913 /* tags */, 'tags');
        for (let k = 0; k < a.length; k++) writeTag(w, a[k], 912 /* tag */, 'tags', k);
        w.close();
      }
    }
    if (o.watchdogs != null) {
      n++;
      const a = w.list(o.watchdogs, 'watchdogs');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1051 /* watchdogs */, 'watchdogs');
        for (let k = 0; k < a.length; k++) writeWatchdog(w, a[k], 1050 /* watchdog */, 'watchdogs', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 189);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeTemplateVersion(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== TEMPLATE_VERSION && p !== OBJECT && p !== null) w.refuse(v, TEMPLATE_VERSION);
    const o = v as t.TemplateVersionInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.versionName != null) { n++; w.str(997 /* version_name */, o.versionName, 'versionName'); }
    if (o.versionNumber != null) { n++; w.int(998 /* version_number */, o.versionNumber, 'versionNumber'); }
    if (o.baseTemplate != null) { n++; writeTemplate(w, o.baseTemplate, 73 /* base_template */, 'baseTemplate', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 190);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeTicket(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== TICKET && p !== OBJECT && p !== null) w.refuse(v, TICKET);
    const o = v as t.TicketInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.expiry != null) { n++; w.int(280 /* expiry */, o.expiry, 'expiry'); }
    if (o.value != null) { n++; w.str(985 /* value */, o.value, 'value'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 191);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeTimeZone(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== TIME_ZONE && p !== OBJECT && p !== null) w.refuse(v, TIME_ZONE);
    const o = v as t.TimeZoneInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.utcOffset != null) { n++; w.str(983 /* utc_offset */, o.utcOffset, 'utcOffset'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 192);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeTransparentHugePages(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== TRANSPARENT_HUGE_PAGES && p !== OBJECT && p !== null) w.refuse(v, TRANSPARENT_HUGE_PAGES);
    const o = v as t.TransparentHugePagesInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 193);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeUnmanagedNetwork(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== UNMANAGED_NETWORK && p !== OBJECT && p !== null) w.refuse(v, UNMANAGED_NETWORK);
    const o = v as t.UnmanagedNetworkInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.hostNic != null) { n++; writeHostNic(w, o.hostNic, 388 /* host_nic */, 'hostNic', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 194);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeUsb(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== USB && p !== OBJECT && p !== null) w.refuse(v, USB);
    const o = v as t.UsbInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 195);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeUser(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== USER && p !== OBJECT && p !== null) w.refuse(v, USER);
    const o = v as t.UserInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.department != null) { n++; w.str(202 /* department */, o.department, 'department'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.domainEntryId != null) { n++; w.str(245 /* domain_entry_id */, o.domainEntryId, 'domainEntryId'); }
    if (o.email != null) { n++; w.str(257 /* email */, o.email, 'email'); }
    if (o.lastName != null) { n++; w.str(476 /* last_name */, o.lastName, 'lastName'); }
    if (o.loggedIn != null) { n++; w.bool(493 /* logged_in */, o.loggedIn, 'loggedIn'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.namespace != null) { n++; w.str(567 /* namespace */, o.namespace, 'namespace'); }
    if (o.password != null) { n++; w.str(665 /* password */, o.password, 'password'); }
    if (o.principal != null) { n++; w.str(700 /* principal */, o.principal, 'principal'); }
    if (o.userName != null) { n++; w.str(977 /* user_name */, o.userName, 'userName'); }
    if (o.userOptions != null) {
      n++;
      const a = w.list(o.userOptions, 'userOptions');
      w.openList(979 /* user_options */, 'userOptions');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'userOptions', k);
      w.close();
    }
    if (o.domain != null) { n++; writeDomain(w, o.domain, 244 /* domain */, 'domain', -1); }
    if (o.groups != null) {
      n++;
      const a = w.list(o.groups, 'groups');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(364 /* groups */, 'groups');
        for (let k = 0; k < a.length; k++) writeGroup(w, a[k], 363 /* group */, 'groups', k);
        w.close();
      }
    }
    if (o.options != null) {
      n++;
      const a = w.list(o.options, 'options');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(634 /* options */, 'options');
        for (let k = 0; k < a.length; k++) writeUserOption(w, a[k], 978 /* user_option */, 'options', k);
        w.close();
      }
    }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.roles != null) {
      n++;
      const a = w.list(o.roles, 'roles');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(790 /* roles */, 'roles');
        for (let k = 0; k < a.length; k++) writeRole(w, a[k], 788 /* role */, 'roles', k);
        w.close();
      }
    }
    if (o.sshPublicKeys != null) {
      n++;
      const a = w.list(o.sshPublicKeys, 'sshPublicKeys');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(852 /* ssh_public_keys */, 'sshPublicKeys');
        for (let k = 0; k < a.length; k++) writeSshPublicKey(w, a[k], 851 /* ssh_public_key */, 'sshPublicKeys', k);
        w.close();
      }
    }
    if (o.tags != null) {
      n++;
      const a = w.list(o.tags, 'tags');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(913 /* tags */, 'tags');
        for (let k = 0; k < a.length; k++) writeTag(w, a[k], 912 /* tag */, 'tags', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 196);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeUserOption(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== USER_OPTION && p !== OBJECT && p !== null) w.refuse(v, USER_OPTION);
    const o = v as t.UserOptionInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.content != null) { n++; w.str(152 /* content */, o.content, 'content'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.user != null) { n++; writeUser(w, o.user, 974 /* user */, 'user', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 197);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeValue(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VALUE && p !== OBJECT && p !== null) w.refuse(v, VALUE);
    const o = v as t.ValueInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.datum != null) { n++; w.dec(198 /* datum */, o.datum, 'datum'); }
    if (o.detail != null) { n++; w.str(205 /* detail */, o.detail, 'detail'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 198);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVcpuPin(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VCPU_PIN && p !== OBJECT && p !== null) w.refuse(v, VCPU_PIN);
    const o = v as t.VcpuPinInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.cpuSet != null) { n++; w.str(165 /* cpu_set */, o.cpuSet, 'cpuSet'); }
    if (o.vcpu != null) { n++; w.int(987 /* vcpu */, o.vcpu, 'vcpu'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 199);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVendor(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VENDOR && p !== OBJECT && p !== null) w.refuse(v, VENDOR);
    const o = v as t.VendorInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 200);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVersion(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VERSION && p !== OBJECT && p !== null) w.refuse(v, VERSION);
    const o = v as t.VersionInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.build != null) { n++; w.int(100 /* build */, o.build, 'build'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.fullVersion != null) { n++; w.str(339 /* full_version */, o.fullVersion, 'fullVersion'); }
    if (o.major != null) { n++; w.int(509 /* major */, o.major, 'major'); }
    if (o.minor != null) { n++; w.int(551 /* minor */, o.minor, 'minor'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.revision != null) { n++; w.int(785 /* revision */, o.revision, 'revision'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 201);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVirtioScsi(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VIRTIO_SCSI && p !== OBJECT && p !== null) w.refuse(v, VIRTIO_SCSI);
    const o = v as t.VirtioScsiInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.enabled != null) { n++; w.bool(258 /* enabled */, o.enabled, 'enabled'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 202);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVirtualNumaNode(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VIRTUAL_NUMA_NODE && p !== OBJECT && p !== null) w.refuse(v, VIRTUAL_NUMA_NODE);
    const o = v as t.VirtualNumaNodeInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.cpu != null) { n++; writeCpu(w, o.cpu, 159 /* cpu */, 'cpu', -1); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.index != null) { n++; w.int(423 /* index */, o.index, 'index'); }
    if (o.memory != null) { n++; w.int(529 /* memory */, o.memory, 'memory'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.nodeDistance != null) { n++; w.str(598 /* node_distance */, o.nodeDistance, 'nodeDistance'); }
    if (o.numaNodePins != null) {
      n++;
      const a = w.list(o.numaNodePins, 'numaNodePins');
      w.openList(601 /* numa_node_pins */, 'numaNodePins');
      for (let k = 0; k < a.length; k++) writeNumaNodePin(w, a[k], 600 /* numa_node_pin */, 'numaNodePins', k);
      w.close();
    }
    if (o.numaTuneMode != null) { n++; w.enumValue(603 /* numa_tune_mode */, o.numaTuneMode, 'numaTuneMode'); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(864 /* statistics */, 'statistics');
        for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
        w.close();
      }
    }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 203);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVlan(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VLAN && p !== OBJECT && p !== null) w.refuse(v, VLAN);
    const o = v as t.VlanInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.int(408 /* id */, o.id, 'id', -1, true); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 204);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVm(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VM && p !== OBJECT && p !== null) w.refuse(v, VM);
    const o = v as t.VmInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.autoPinningPolicy != null) { n++; w.enumValue(58 /* auto_pinning_policy */, o.autoPinningPolicy, 'autoPinningPolicy'); }
    if (o.bios != null) { n++; writeBios(w, o.bios, 74 /* bios */, 'bios', -1); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.console != null) { n++; writeConsole(w, o.console, 149 /* console */, 'console', -1); }
    if (o.cpu != null) { n++; writeCpu(w, o.cpu, 159 /* cpu */, 'cpu', -1); }
    if (o.cpuPinningPolicy != null) { n++; w.enumValue(162 /* cpu_pinning_policy */, o.cpuPinningPolicy, 'cpuPinningPolicy'); }
    if (o.cpuShares != null) { n++; w.int(166 /* cpu_shares */, o.cpuShares, 'cpuShares'); }
    if (o.creationTime != null) { n++; w.date(178 /* creation_time */, o.creationTime, 'creationTime'); }
    if (o.customCompatibilityVersion != null) { n++; writeVersion(w, o.customCompatibilityVersion, 180 /* custom_compatibility_version */, 'customCompatibilityVersion', -1); }
    if (o.customCpuModel != null) { n++; w.str(182 /* custom_cpu_model */, o.customCpuModel, 'customCpuModel'); }
    if (o.customEmulatedMachine != null) { n++; w.str(184 /* custom_emulated_machine */, o.customEmulatedMachine, 'customEmulatedMachine'); }
    if (o.customProperties != null) {
      n++;
      const a = w.list(o.customProperties, 'customProperties');
      w.openList(188 /* custom_properties */, 'customProperties');
      for (let k = 0; k < a.length; k++) writeCustomProperty(w, a[k], 189 /* custom_property */, 'customProperties', k);
      w.close();
    }
    if (o.deleteProtected != null) { n++; w.bool(201 /* delete_protected */, o.deleteProtected, 'deleteProtected'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.display != null) { n++; writeDisplay(w, o.display, 234 /* display */, 'display', -1); }
    if (o.domain != null) { n++; writeDomain(w, o.domain, 244 /* domain */, 'domain', -1); }
    if (o.fqdn != null) { n++; w.str(335 /* fqdn */, o.fqdn, 'fqdn'); }
    if (o.guestOperatingSystem != null) { n++; writeGuestOperatingSystem(w, o.guestOperatingSystem, 366 /* guest_operating_system */, 'guestOperatingSystem', -1); }
    if (o.guestTimeZone != null) { n++; writeTimeZone(w, o.guestTimeZone, 368 /* guest_time_zone */, 'guestTimeZone', -1); }
    if (o.hasIllegalImages != null) { n++; w.bool(372 /* has_illegal_images */, o.hasIllegalImages, 'hasIllegalImages'); }
    if (o.highAvailability != null) { n++; writeHighAvailability(w, o.highAvailability, 375 /* high_availability */, 'highAvailability', -1); }
    if (o.initialization != null) { n++; writeInitialization(w, o.initialization, 425 /* initialization */, 'initialization', -1); }
    if (o.io != null) { n++; writeIo(w, o.io, 435 /* io */, 'io', -1); }
    if (o.largeIcon != null) { n++; writeIcon(w, o.largeIcon, 469 /* large_icon */, 'largeIcon', -1); }
    if (o.lease != null) { n++; writeStorageDomainLease(w, o.lease, 479 /* lease */, 'lease', -1); }
    if (o.memory != null) { n++; w.int(529 /* memory */, o.memory, 'memory'); }
    if (o.memoryPolicy != null) { n++; writeMemoryPolicy(w, o.memoryPolicy, 534 /* memory_policy */, 'memoryPolicy', -1); }
    if (o.migration != null) { n++; writeMigrationOptions(w, o.migration, 544 /* migration */, 'migration', -1); }
    if (o.migrationDowntime != null) { n++; w.int(547 /* migration_downtime */, o.migrationDowntime, 'migrationDowntime'); }
    if (o.multiQueuesEnabled != null) { n++; w.bool(562 /* multi_queues_enabled */, o.multiQueuesEnabled, 'multiQueuesEnabled'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.nextRunConfigurationExists != null) { n++; w.bool(587 /* next_run_configuration_exists */, o.nextRunConfigurationExists, 'nextRunConfigurationExists'); }
    if (o.numaTuneMode != null) { n++; w.enumValue(603 /* numa_tune_mode */, o.numaTuneMode, 'numaTuneMode'); }
    if (o.origin != null) { n++; w.str(638 /* origin */, o.origin, 'origin'); }
    if (o.os != null) { n++; writeOperatingSystem(w, o.os, 640 /* os */, 'os', -1); }
    if (o.payloads != null) {
      n++;
      const a = w.list(o.payloads, 'payloads');
      w.openList(670 /* payloads */, 'payloads');
      for (let k = 0; k < a.length; k++) writePayload(w, a[k], 669 /* payload */, 'payloads', k);
      w.close();
    }
    if (o.placementPolicy != null) { n++; writeVmPlacementPolicy(w, o.placementPolicy, 683 /* placement_policy */, 'placementPolicy', -1); }
    if (o.rngDevice != null) { n++; writeRngDevice(w, o.rngDevice, 786 /* rng_device */, 'rngDevice', -1); }
    if (o.runOnce != null) { n++; w.bool(793 /* run_once */, o.runOnce, 'runOnce'); }
    if (o.serialNumber != null) { n++; writeSerialNumber(w, o.serialNumber, 806 /* serial_number */, 'serialNumber', -1); }
    if (o.smallIcon != null) { n++; writeIcon(w, o.smallIcon, 828 /* small_icon */, 'smallIcon', -1); }
    if (o.soundcardEnabled != null) { n++; w.bool(838 /* soundcard_enabled */, o.soundcardEnabled, 'soundcardEnabled'); }
    if (o.sso != null) { n++; writeSso(w, o.sso, 855 /* sso */, 'sso', -1); }
    if (o.startPaused != null) { n++; w.bool(858 /* start_paused */, o.startPaused, 'startPaused'); }
    if (o.startTime != null) { n++; w.date(859 /* start_time */, o.startTime, 'startTime'); }
    if (o.stateless != null) { n++; w.bool(862 /* stateless */, o.stateless, 'stateless'); }
    if (o.status != null) { n++; w.enumValue(865 /* status */, o.status, 'status'); }
    if (o.statusDetail != null) { n++; w.str(866 /* status_detail */, o.statusDetail, 'statusDetail'); }
    if (o.stopReason != null) { n++; w.str(870 /* stop_reason */, o.stopReason, 'stopReason'); }
    if (o.stopTime != null) { n++; w.date(871 /* stop_time */, o.stopTime, 'stopTime'); }
    if (o.storageErrorResumeBehaviour != null) { n++; w.enumValue(882 /* storage_error_resume_behaviour */, o.storageErrorResumeBehaviour, 'storageErrorResumeBehaviour'); }
    if (o.timeZone != null) { n++; writeTimeZone(w, o.timeZone, 927 /* time_zone */, 'timeZone', -1); }
    if (o.tpmEnabled != null) { n++; w.bool(939 /* tpm_enabled */, o.tpmEnabled, 'tpmEnabled'); }
    if (o.tunnelMigration != null) { n++; w.bool(948 /* tunnel_migration */, o.tunnelMigration, 'tunnelMigration'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.usb != null) { n++; writeUsb(w, o.usb, 966 /* usb */, 'usb', -1); }
    if (o.useLatestTemplateVersion != null) { n++; w.bool(971 /* use_latest_template_version */, o.useLatestTemplateVersion, 'useLatestTemplateVersion'); }
    if (o.virtioScsi != null) { n++; writeVirtioScsi(w, o.virtioScsi, 1004 /* virtio_scsi */, 'virtioScsi', -1); }
    if (o.virtioScsiMultiQueues != null) { n++; w.int(1005 /* virtio_scsi_multi_queues */, o.virtioScsiMultiQueues, 'virtioScsiMultiQueues'); }
    if (o.virtioScsiMultiQueuesEnabled != null) { n++; w.bool(1006 /* virtio_scsi_multi_queues_enabled */, o.virtioScsiMultiQueuesEnabled, 'virtioScsiMultiQueuesEnabled'); }
    if (o.affinityLabels != null) {
      n++;
      const a = w.list(o.affinityLabels, 'affinityLabels');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(18 /* affinity_labels */, 'affinityLabels');
        for (let k = 0; k < a.length; k++) writeAffinityLabel(w, a[k], 16 /* affinity_label */, 'affinityLabels', k);
        w.close();
      }
    }
    if (o.applications != null) {
      n++;
      const a = w.list(o.applications, 'applications');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(40 /* applications */, 'applications');
        for (let k = 0; k < a.length; k++) writeApplication(w, a[k], 39 /* application */, 'applications', k);
        w.close();
      }
    }
    if (o.cdroms != null) {
      n++;
      const a = w.list(o.cdroms, 'cdroms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(106 /* cdroms */, 'cdroms');
        for (let k = 0; k < a.length; k++) writeCdrom(w, a[k], 105 /* cdrom */, 'cdroms', k);
        w.close();
      }
    }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.cpuProfile != null) { n++; writeCpuProfile(w, o.cpuProfile, 163 /* cpu_profile */, 'cpuProfile', -1); }
    if (o.diskAttachments != null) {
      n++;
      const a = w.list(o.diskAttachments, 'diskAttachments');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(223 /* disk_attachments */, 'diskAttachments');
        for (let k = 0; k < a.length; k++) writeDiskAttachment(w, a[k], 222 /* disk_attachment */, 'diskAttachments', k);
        w.close();
      }
    }
    if (o.dynamicCpu != null) { n++; writeDynamicCpu(w, o.dynamicCpu, 254 /* dynamic_cpu */, 'dynamicCpu', -1); }
    if (o.externalHostProvider != null) { n++; writeExternalHostProvider(w, o.externalHostProvider, 290 /* external_host_provider */, 'externalHostProvider', -1); }
    if (o.floppies != null) {
      n++;
      const a = w.list(o.floppies, 'floppies');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(328 /* floppies */, 'floppies');
        for (let k = 0; k < a.length; k++) writeFloppy(w, a[k], 329 /* floppy */, 'floppies', k);
        w.close();
      }
    }
    if (o.graphicsConsoles != null) {
      n++;
      const a = w.list(o.graphicsConsoles, 'graphicsConsoles');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(361 /* graphics_consoles */, 'graphicsConsoles');
        for (let k = 0; k < a.length; k++) writeGraphicsConsole(w, a[k], 360 /* graphics_console */, 'graphicsConsoles', k);
        w.close();
      }
    }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.hostDevices != null) {
      n++;
      const a = w.list(o.hostDevices, 'hostDevices');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(384 /* host_devices */, 'hostDevices');
        for (let k = 0; k < a.length; k++) writeHostDevice(w, a[k], 381 /* host_device */, 'hostDevices', k);
        w.close();
      }
    }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.katelloErrata != null) {
      n++;
      const a = w.list(o.katelloErrata, 'katelloErrata');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(457 /* katello_errata */, 'katelloErrata');
        for (let k = 0; k < a.length; k++) writeKatelloErratum(w, a[k], 458 /* katello_erratum */, 'katelloErrata', k);
        w.close();
      }
    }
    if (o.mediatedDevices != null) {
      n++;
      const a = w.list(o.mediatedDevices, 'mediatedDevices');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(527 /* mediated_devices */, 'mediatedDevices');
        for (let k = 0; k < a.length; k++) writeVmMediatedDevice(w, a[k], 1020 /* vm_mediated_device */, 'mediatedDevices', k);
        w.close();
      }
    }
    if (o.nics != null) {
      n++;
      const a = w.list(o.nics, 'nics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(597 /* nics */, 'nics');
        for (let k = 0; k < a.length; k++) writeNic(w, a[k], 594 /* nic */, 'nics', k);
        w.close();
      }
    }
    if (o.numaNodes != null) {
      n++;
      const a = w.list(o.numaNodes, 'numaNodes');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(393 /* host_numa_nodes */, 'numaNodes');
        for (let k = 0; k < a.length; k++) writeNumaNode(w, a[k], 392 /* host_numa_node */, 'numaNodes', k);
        w.close();
      }
    }
    if (o.originalTemplate != null) { n++; writeTemplate(w, o.originalTemplate, 639 /* original_template */, 'originalTemplate', -1); }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.quota != null) { n++; writeQuota(w, o.quota, 729 /* quota */, 'quota', -1); }
    if (o.reportedDevices != null) {
      n++;
      const a = w.list(o.reportedDevices, 'reportedDevices');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(776 /* reported_devices */, 'reportedDevices');
        for (let k = 0; k < a.length; k++) writeReportedDevice(w, a[k], 775 /* reported_device */, 'reportedDevices', k);
        w.close();
      }
    }
    if (o.sessions != null) {
      n++;
      const a = w.list(o.sessions, 'sessions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(814 /* sessions */, 'sessions');
        for (let k = 0; k < a.length; k++) writeSession(w, a[k], 813 /* session */, 'sessions', k);
        w.close();
      }
    }
    if (o.snapshots != null) {
      n++;
      const a = w.list(o.snapshots, 'snapshots');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(833 /* snapshots */, 'snapshots');
        for (let k = 0; k < a.length; k++) writeSnapshot(w, a[k], 830 /* snapshot */, 'snapshots', k);
        w.close();
      }
    }
    if (o.statistics != null) {
      n++;
      const a = w.list(o.statistics, 'statistics');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(864 /* statistics */, 'statistics');
        for (let k = 0; k < a.length; k++) writeStatistic(w, a[k], 863 /* statistic */, 'statistics', k);
        w.close();
      }
    }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    if (o.tags != null) {
      n++;
      const a = w.list(o.tags, 'tags');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(913 /* tags */, 'tags');
        for (let k = 0; k < a.length; k++) writeTag(w, a[k], 912 /* tag */, 'tags', k);
        w.close();
      }
    }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vmPool != null) { n++; writeVmPool(w, o.vmPool, 1026 /* vm_pool */, 'vmPool', -1); }
    if (o.watchdogs != null) {
      n++;
      const a = w.list(o.watchdogs, 'watchdogs');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1051 /* watchdogs */, 'watchdogs');
        for (let k = 0; k < a.length; k++) writeWatchdog(w, a[k], 1050 /* watchdog */, 'watchdogs', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 205);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVmBase(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VM_BASE && p !== OBJECT && p !== null) w.refuse(v, VM_BASE);
    const o = v as t.VmBaseInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.autoPinningPolicy != null) { n++; w.enumValue(58 /* auto_pinning_policy */, o.autoPinningPolicy, 'autoPinningPolicy'); }
    if (o.bios != null) { n++; writeBios(w, o.bios, 74 /* bios */, 'bios', -1); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.console != null) { n++; writeConsole(w, o.console, 149 /* console */, 'console', -1); }
    if (o.cpu != null) { n++; writeCpu(w, o.cpu, 159 /* cpu */, 'cpu', -1); }
    if (o.cpuPinningPolicy != null) { n++; w.enumValue(162 /* cpu_pinning_policy */, o.cpuPinningPolicy, 'cpuPinningPolicy'); }
    if (o.cpuShares != null) { n++; w.int(166 /* cpu_shares */, o.cpuShares, 'cpuShares'); }
    if (o.creationTime != null) { n++; w.date(178 /* creation_time */, o.creationTime, 'creationTime'); }
    if (o.customCompatibilityVersion != null) { n++; writeVersion(w, o.customCompatibilityVersion, 180 /* custom_compatibility_version */, 'customCompatibilityVersion', -1); }
    if (o.customCpuModel != null) { n++; w.str(182 /* custom_cpu_model */, o.customCpuModel, 'customCpuModel'); }
    if (o.customEmulatedMachine != null) { n++; w.str(184 /* custom_emulated_machine */, o.customEmulatedMachine, 'customEmulatedMachine'); }
    if (o.customProperties != null) {
      n++;
      const a = w.list(o.customProperties, 'customProperties');
      w.openList(188 /* custom_properties */, 'customProperties');
      for (let k = 0; k < a.length; k++) writeCustomProperty(w, a[k], 189 /* custom_property */, 'customProperties', k);
      w.close();
    }
    if (o.deleteProtected != null) { n++; w.bool(201 /* delete_protected */, o.deleteProtected, 'deleteProtected'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.display != null) { n++; writeDisplay(w, o.display, 234 /* display */, 'display', -1); }
    if (o.domain != null) { n++; writeDomain(w, o.domain, 244 /* domain */, 'domain', -1); }
    if (o.highAvailability != null) { n++; writeHighAvailability(w, o.highAvailability, 375 /* high_availability */, 'highAvailability', -1); }
    if (o.initialization != null) { n++; writeInitialization(w, o.initialization, 425 /* initialization */, 'initialization', -1); }
    if (o.io != null) { n++; writeIo(w, o.io, 435 /* io */, 'io', -1); }
    if (o.largeIcon != null) { n++; writeIcon(w, o.largeIcon, 469 /* large_icon */, 'largeIcon', -1); }
    if (o.lease != null) { n++; writeStorageDomainLease(w, o.lease, 479 /* lease */, 'lease', -1); }
    if (o.memory != null) { n++; w.int(529 /* memory */, o.memory, 'memory'); }
    if (o.memoryPolicy != null) { n++; writeMemoryPolicy(w, o.memoryPolicy, 534 /* memory_policy */, 'memoryPolicy', -1); }
    if (o.migration != null) { n++; writeMigrationOptions(w, o.migration, 544 /* migration */, 'migration', -1); }
    if (o.migrationDowntime != null) { n++; w.int(547 /* migration_downtime */, o.migrationDowntime, 'migrationDowntime'); }
    if (o.multiQueuesEnabled != null) { n++; w.bool(562 /* multi_queues_enabled */, o.multiQueuesEnabled, 'multiQueuesEnabled'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.origin != null) { n++; w.str(638 /* origin */, o.origin, 'origin'); }
    if (o.os != null) { n++; writeOperatingSystem(w, o.os, 640 /* os */, 'os', -1); }
    if (o.placementPolicy != null) { n++; writeVmPlacementPolicy(w, o.placementPolicy, 683 /* placement_policy */, 'placementPolicy', -1); }
    if (o.rngDevice != null) { n++; writeRngDevice(w, o.rngDevice, 786 /* rng_device */, 'rngDevice', -1); }
    if (o.serialNumber != null) { n++; writeSerialNumber(w, o.serialNumber, 806 /* serial_number */, 'serialNumber', -1); }
    if (o.smallIcon != null) { n++; writeIcon(w, o.smallIcon, 828 /* small_icon */, 'smallIcon', -1); }
    if (o.soundcardEnabled != null) { n++; w.bool(838 /* soundcard_enabled */, o.soundcardEnabled, 'soundcardEnabled'); }
    if (o.sso != null) { n++; writeSso(w, o.sso, 855 /* sso */, 'sso', -1); }
    if (o.startPaused != null) { n++; w.bool(858 /* start_paused */, o.startPaused, 'startPaused'); }
    if (o.stateless != null) { n++; w.bool(862 /* stateless */, o.stateless, 'stateless'); }
    if (o.storageErrorResumeBehaviour != null) { n++; w.enumValue(882 /* storage_error_resume_behaviour */, o.storageErrorResumeBehaviour, 'storageErrorResumeBehaviour'); }
    if (o.timeZone != null) { n++; writeTimeZone(w, o.timeZone, 927 /* time_zone */, 'timeZone', -1); }
    if (o.tpmEnabled != null) { n++; w.bool(939 /* tpm_enabled */, o.tpmEnabled, 'tpmEnabled'); }
    if (o.tunnelMigration != null) { n++; w.bool(948 /* tunnel_migration */, o.tunnelMigration, 'tunnelMigration'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.usb != null) { n++; writeUsb(w, o.usb, 966 /* usb */, 'usb', -1); }
    if (o.virtioScsi != null) { n++; writeVirtioScsi(w, o.virtioScsi, 1004 /* virtio_scsi */, 'virtioScsi', -1); }
    if (o.virtioScsiMultiQueues != null) { n++; w.int(1005 /* virtio_scsi_multi_queues */, o.virtioScsiMultiQueues, 'virtioScsiMultiQueues'); }
    if (o.virtioScsiMultiQueuesEnabled != null) { n++; w.bool(1006 /* virtio_scsi_multi_queues_enabled */, o.virtioScsiMultiQueuesEnabled, 'virtioScsiMultiQueuesEnabled'); }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.cpuProfile != null) { n++; writeCpuProfile(w, o.cpuProfile, 163 /* cpu_profile */, 'cpuProfile', -1); }
    if (o.quota != null) { n++; writeQuota(w, o.quota, 729 /* quota */, 'quota', -1); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 206);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVmMediatedDevice(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VM_MEDIATED_DEVICE && p !== OBJECT && p !== null) w.refuse(v, VM_MEDIATED_DEVICE);
    const o = v as t.VmMediatedDeviceInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.specParams != null) {
      n++;
      const a = w.list(o.specParams, 'specParams');
      w.openList(844 /* spec_params */, 'specParams');
      for (let k = 0; k < a.length; k++) writeProperty(w, a[k], 717 /* property */, 'specParams', k);
      w.close();
    }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 207);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVmPlacementPolicy(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VM_PLACEMENT_POLICY && p !== OBJECT && p !== null) w.refuse(v, VM_PLACEMENT_POLICY);
    const o = v as t.VmPlacementPolicyInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.affinity != null) { n++; w.enumValue(12 /* affinity */, o.affinity, 'affinity'); }
    if (o.hosts != null) {
      n++;
      const a = w.list(o.hosts, 'hosts');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(401 /* hosts */, 'hosts');
        for (let k = 0; k < a.length; k++) writeHost(w, a[k], 378 /* host */, 'hosts', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 208);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVmPool(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VM_POOL && p !== OBJECT && p !== null) w.refuse(v, VM_POOL);
    const o = v as t.VmPoolInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.autoStorageSelect != null) { n++; w.bool(59 /* auto_storage_select */, o.autoStorageSelect, 'autoStorageSelect'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.display != null) { n++; writeDisplay(w, o.display, 234 /* display */, 'display', -1); }
    if (o.maxUserVms != null) { n++; w.int(522 /* max_user_vms */, o.maxUserVms, 'maxUserVms'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.prestartedVms != null) { n++; w.int(699 /* prestarted_vms */, o.prestartedVms, 'prestartedVms'); }
    if (o.rngDevice != null) { n++; writeRngDevice(w, o.rngDevice, 786 /* rng_device */, 'rngDevice', -1); }
    if (o.size != null) { n++; w.int(820 /* size */, o.size, 'size'); }
    if (o.soundcardEnabled != null) { n++; w.bool(838 /* soundcard_enabled */, o.soundcardEnabled, 'soundcardEnabled'); }
    if (o.stateful != null) { n++; w.bool(861 /* stateful */, o.stateful, 'stateful'); }
    if (o.tpmEnabled != null) { n++; w.bool(939 /* tpm_enabled */, o.tpmEnabled, 'tpmEnabled'); }
    if (o.type != null) { n++; w.enumValue(949 /* type */, o.type, 'type'); }
    if (o.useLatestTemplateVersion != null) { n++; w.bool(971 /* use_latest_template_version */, o.useLatestTemplateVersion, 'useLatestTemplateVersion'); }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 209);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVmSummary(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VM_SUMMARY && p !== OBJECT && p !== null) w.refuse(v, VM_SUMMARY);
    const o = v as t.VmSummaryInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.active != null) { n++; w.int(2 /* active */, o.active, 'active'); }
    if (o.migrating != null) { n++; w.int(543 /* migrating */, o.migrating, 'migrating'); }
    if (o.total != null) { n++; w.int(937 /* total */, o.total, 'total'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 210);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVnicPassThrough(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VNIC_PASS_THROUGH && p !== OBJECT && p !== null) w.refuse(v, VNIC_PASS_THROUGH);
    const o = v as t.VnicPassThroughInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.mode != null) { n++; w.enumValue(553 /* mode */, o.mode, 'mode'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 211);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVnicProfile(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VNIC_PROFILE && p !== OBJECT && p !== null) w.refuse(v, VNIC_PROFILE);
    const o = v as t.VnicProfileInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.customProperties != null) {
      n++;
      const a = w.list(o.customProperties, 'customProperties');
      w.openList(188 /* custom_properties */, 'customProperties');
      for (let k = 0; k < a.length; k++) writeCustomProperty(w, a[k], 189 /* custom_property */, 'customProperties', k);
      w.close();
    }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.migratable != null) { n++; w.bool(541 /* migratable */, o.migratable, 'migratable'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.passThrough != null) { n++; writeVnicPassThrough(w, o.passThrough, 664 /* pass_through */, 'passThrough', -1); }
    if (o.portMirroring != null) { n++; w.bool(692 /* port_mirroring */, o.portMirroring, 'portMirroring'); }
    if (o.failover != null) { n++; writeVnicProfile(w, o.failover, 310 /* failover */, 'failover', -1); }
    if (o.network != null) { n++; writeNetwork(w, o.network, 569 /* network */, 'network', -1); }
    if (o.networkFilter != null) { n++; writeNetworkFilter(w, o.networkFilter, 574 /* network_filter */, 'networkFilter', -1); }
    if (o.permissions != null) {
      n++;
      const a = w.list(o.permissions, 'permissions');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(674 /* permissions */, 'permissions');
        for (let k = 0; k < a.length; k++) writePermission(w, a[k], 673 /* permission */, 'permissions', k);
        w.close();
      }
    }
    if (o.qos != null) { n++; writeQos(w, o.qos, 727 /* qos */, 'qos', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 212);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVnicProfileMapping(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VNIC_PROFILE_MAPPING && p !== OBJECT && p !== null) w.refuse(v, VNIC_PROFILE_MAPPING);
    const o = v as t.VnicProfileMappingInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.sourceNetworkName != null) { n++; w.str(841 /* source_network_name */, o.sourceNetworkName, 'sourceNetworkName'); }
    if (o.sourceNetworkProfileName != null) { n++; w.str(842 /* source_network_profile_name */, o.sourceNetworkProfileName, 'sourceNetworkProfileName'); }
    if (o.targetVnicProfile != null) { n++; writeVnicProfile(w, o.targetVnicProfile, 915 /* target_vnic_profile */, 'targetVnicProfile', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 213);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeVolumeGroup(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== VOLUME_GROUP && p !== OBJECT && p !== null) w.refuse(v, VOLUME_GROUP);
    const o = v as t.VolumeGroupInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.logicalUnits != null) {
      n++;
      const a = w.list(o.logicalUnits, 'logicalUnits');
      w.openList(496 /* logical_units */, 'logicalUnits');
      for (let k = 0; k < a.length; k++) writeLogicalUnit(w, a[k], 495 /* logical_unit */, 'logicalUnits', k);
      w.close();
    }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 214);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeWatchdog(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== WATCHDOG && p !== OBJECT && p !== null) w.refuse(v, WATCHDOG);
    const o = v as t.WatchdogInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.action != null) { n++; w.enumValue(0 /* action */, o.action, 'action'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.model != null) { n++; w.enumValue(554 /* model */, o.model, 'model'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.instanceType != null) { n++; writeInstanceType(w, o.instanceType, 431 /* instance_type */, 'instanceType', -1); }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vms != null) {
      n++;
      const a = w.list(o.vms, 'vms');
      if (a.length !== 0 || a.href === undefined) {
        w.openList(1031 /* vms */, 'vms');
        for (let k = 0; k < a.length; k++) writeVm(w, a[k], 1016 /* vm */, 'vms', k);
        w.close();
      }
    }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 215);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeWeight(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== WEIGHT && p !== OBJECT && p !== null) w.refuse(v, WEIGHT);
    const o = v as t.WeightInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.factor != null) { n++; w.int(309 /* factor */, o.factor, 'factor'); }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.schedulingPolicy != null) { n++; writeSchedulingPolicy(w, o.schedulingPolicy, 796 /* scheduling_policy */, 'schedulingPolicy', -1); }
    if (o.schedulingPolicyUnit != null) { n++; writeSchedulingPolicyUnit(w, o.schedulingPolicyUnit, 797 /* scheduling_policy_unit */, 'schedulingPolicyUnit', -1); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 216);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeFault(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== FAULT && p !== OBJECT && p !== null) w.refuse(v, FAULT);
    const o = v as t.FaultInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.detail != null) { n++; w.str(205 /* detail */, o.detail, 'detail'); }
    if (o.reason != null) { n++; w.str(743 /* reason */, o.reason, 'reason'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 217);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeGracePeriod(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== GRACE_PERIOD && p !== OBJECT && p !== null) w.refuse(v, GRACE_PERIOD);
    const o = v as t.GracePeriodInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.expiry != null) { n++; w.int(280 /* expiry */, o.expiry, 'expiry'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 218);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

function writeAction(w: TapeWriter, v: unknown, tag: number, seg: string, i: number): void {
  try {
    const p: unknown = typeof v === 'object' && v !== null ? Object.getPrototypeOf(v) : undefined;
    if (p !== ACTION && p !== OBJECT && p !== null) w.refuse(v, ACTION);
    const o = v as t.ActionInit;
    w.open(tag);
    let n = 0;
    if (o.href != null) { n++; w.str(404 /* href */, o.href, 'href', -1, true); }
    if (o.id != null) { n++; w.str(408 /* id */, o.id, 'id', -1, true); }
    if (o.activate != null) { n++; w.bool(1 /* activate */, o.activate, 'activate'); }
    if (o.allowPartialImport != null) { n++; w.bool(32 /* allow_partial_import */, o.allowPartialImport, 'allowPartialImport'); }
    if (o.async != null) { n++; w.bool(44 /* async */, o.async, 'async'); }
    if (o.attachWgt != null) { n++; w.bool(45 /* attach_wgt */, o.attachWgt, 'attachWgt'); }
    if (o.attachment != null) { n++; writeDiskAttachment(w, o.attachment, 46 /* attachment */, 'attachment', -1); }
    if (o.authorizedKey != null) { n++; writeAuthorizedKey(w, o.authorizedKey, 52 /* authorized_key */, 'authorizedKey', -1); }
    if (o.autoPinningPolicy != null) { n++; w.enumValue(58 /* auto_pinning_policy */, o.autoPinningPolicy, 'autoPinningPolicy'); }
    if (o.bricks != null) {
      n++;
      const a = w.list(o.bricks, 'bricks');
      w.openList(96 /* bricks */, 'bricks');
      for (let k = 0; k < a.length; k++) writeGlusterBrick(w, a[k], 91 /* brick */, 'bricks', k);
      w.close();
    }
    if (o.certificates != null) {
      n++;
      const a = w.list(o.certificates, 'certificates');
      w.openList(108 /* certificates */, 'certificates');
      for (let k = 0; k < a.length; k++) writeCertificate(w, a[k], 107 /* certificate */, 'certificates', k);
      w.close();
    }
    if (o.checkConnectivity != null) { n++; w.bool(109 /* check_connectivity */, o.checkConnectivity, 'checkConnectivity'); }
    if (o.clone != null) { n++; w.bool(115 /* clone */, o.clone, 'clone'); }
    if (o.clonePermissions != null) { n++; w.bool(116 /* clone_permissions */, o.clonePermissions, 'clonePermissions'); }
    if (o.cluster != null) { n++; writeCluster(w, o.cluster, 120 /* cluster */, 'cluster', -1); }
    if (o.collapseSnapshots != null) { n++; w.bool(134 /* collapse_snapshots */, o.collapseSnapshots, 'collapseSnapshots'); }
    if (o.comment != null) { n++; w.str(135 /* comment */, o.comment, 'comment'); }
    if (o.commitOnSuccess != null) { n++; w.bool(136 /* commit_on_success */, o.commitOnSuccess, 'commitOnSuccess'); }
    if (o.connection != null) { n++; writeStorageConnection(w, o.connection, 147 /* connection */, 'connection', -1); }
    if (o.connectivityTimeout != null) { n++; w.int(148 /* connectivity_timeout */, o.connectivityTimeout, 'connectivityTimeout'); }
    if (o.correlationId != null) { n++; w.str(158 /* correlation_id */, o.correlationId, 'correlationId'); }
    if (o.dataCenter != null) { n++; writeDataCenter(w, o.dataCenter, 194 /* data_center */, 'dataCenter', -1); }
    if (o.deployHostedEngine != null) { n++; w.bool(203 /* deploy_hosted_engine */, o.deployHostedEngine, 'deployHostedEngine'); }
    if (o.description != null) { n++; w.str(204 /* description */, o.description, 'description'); }
    if (o.details != null) { n++; writeGlusterVolumeProfileDetails(w, o.details, 206 /* details */, 'details', -1); }
    if (o.directory != null) { n++; w.str(211 /* directory */, o.directory, 'directory'); }
    if (o.discardSnapshots != null) { n++; w.bool(214 /* discard_snapshots */, o.discardSnapshots, 'discardSnapshots'); }
    if (o.discoveredTargets != null) {
      n++;
      const a = w.list(o.discoveredTargets, 'discoveredTargets');
      w.openList(219 /* discovered_targets */, 'discoveredTargets');
      for (let k = 0; k < a.length; k++) writeIscsiDetails(w, a[k], 449 /* iscsi_details */, 'discoveredTargets', k);
      w.close();
    }
    if (o.disk != null) { n++; writeDisk(w, o.disk, 221 /* disk */, 'disk', -1); }
    if (o.diskProfile != null) { n++; writeDiskProfile(w, o.diskProfile, 225 /* disk_profile */, 'diskProfile', -1); }
    if (o.disks != null) {
      n++;
      const a = w.list(o.disks, 'disks');
      w.openList(231 /* disks */, 'disks');
      for (let k = 0; k < a.length; k++) writeDisk(w, a[k], 221 /* disk */, 'disks', k);
      w.close();
    }
    if (o.exclusive != null) { n++; w.bool(277 /* exclusive */, o.exclusive, 'exclusive'); }
    if (o.fault != null) { n++; writeFault(w, o.fault, 312 /* fault */, 'fault', -1); }
    if (o.fenceType != null) { n++; w.str(314 /* fence_type */, o.fenceType, 'fenceType'); }
    if (o.filename != null) { n++; w.str(319 /* filename */, o.filename, 'filename'); }
    if (o.filter != null) { n++; w.bool(321 /* filter */, o.filter, 'filter'); }
    if (o.fixLayout != null) { n++; w.bool(326 /* fix_layout */, o.fixLayout, 'fixLayout'); }
    if (o.follow != null) { n++; w.str(330 /* follow */, o.follow, 'follow'); }
    if (o.force != null) { n++; w.bool(333 /* force */, o.force, 'force'); }
    if (o.gracePeriod != null) { n++; writeGracePeriod(w, o.gracePeriod, 358 /* grace_period */, 'gracePeriod', -1); }
    if (o.host != null) { n++; writeHost(w, o.host, 378 /* host */, 'host', -1); }
    if (o.image != null) { n++; w.str(411 /* image */, o.image, 'image'); }
    if (o.imageTransfer != null) { n++; writeImageTransfer(w, o.imageTransfer, 413 /* image_transfer */, 'imageTransfer', -1); }
    if (o.importAsTemplate != null) { n++; w.bool(417 /* import_as_template */, o.importAsTemplate, 'importAsTemplate'); }
    if (o.isAttached != null) { n++; w.bool(445 /* is_attached */, o.isAttached, 'isAttached'); }
    if (o.iscsi != null) { n++; writeIscsiDetails(w, o.iscsi, 446 /* iscsi */, 'iscsi', -1); }
    if (o.iscsiTargets != null) {
      n++;
      const a = w.list(o.iscsiTargets, 'iscsiTargets');
      w.openList(452 /* iscsi_targets */, 'iscsiTargets');
      for (let k = 0; k < a.length; k++) w.str(451 /* iscsi_target */, a[k], 'iscsiTargets', k);
      w.close();
    }
    if (o.job != null) { n++; writeJob(w, o.job, 455 /* job */, 'job', -1); }
    if (o.lease != null) { n++; writeStorageDomainLease(w, o.lease, 479 /* lease */, 'lease', -1); }
    if (o.logicalUnits != null) {
      n++;
      const a = w.list(o.logicalUnits, 'logicalUnits');
      w.openList(496 /* logical_units */, 'logicalUnits');
      for (let k = 0; k < a.length; k++) writeLogicalUnit(w, a[k], 495 /* logical_unit */, 'logicalUnits', k);
      w.close();
    }
    if (o.maintenanceAfterRestart != null) { n++; w.bool(506 /* maintenance_after_restart */, o.maintenanceAfterRestart, 'maintenanceAfterRestart'); }
    if (o.maintenanceEnabled != null) { n++; w.bool(507 /* maintenance_enabled */, o.maintenanceEnabled, 'maintenanceEnabled'); }
    if (o.migrateVmsInAffinityClosure != null) { n++; w.bool(542 /* migrate_vms_in_affinity_closure */, o.migrateVmsInAffinityClosure, 'migrateVmsInAffinityClosure'); }
    if (o.modifiedBonds != null) {
      n++;
      const a = w.list(o.modifiedBonds, 'modifiedBonds');
      w.openList(556 /* modified_bonds */, 'modifiedBonds');
      for (let k = 0; k < a.length; k++) writeHostNic(w, a[k], 388 /* host_nic */, 'modifiedBonds', k);
      w.close();
    }
    if (o.modifiedLabels != null) {
      n++;
      const a = w.list(o.modifiedLabels, 'modifiedLabels');
      w.openList(557 /* modified_labels */, 'modifiedLabels');
      for (let k = 0; k < a.length; k++) writeNetworkLabel(w, a[k], 578 /* network_label */, 'modifiedLabels', k);
      w.close();
    }
    if (o.modifiedNetworkAttachments != null) {
      n++;
      const a = w.list(o.modifiedNetworkAttachments, 'modifiedNetworkAttachments');
      w.openList(558 /* modified_network_attachments */, 'modifiedNetworkAttachments');
      for (let k = 0; k < a.length; k++) writeNetworkAttachment(w, a[k], 570 /* network_attachment */, 'modifiedNetworkAttachments', k);
      w.close();
    }
    if (o.name != null) { n++; w.str(564 /* name */, o.name, 'name'); }
    if (o.optimizeCpuSettings != null) { n++; w.bool(631 /* optimize_cpu_settings */, o.optimizeCpuSettings, 'optimizeCpuSettings'); }
    if (o.option != null) { n++; writeOption(w, o.option, 632 /* option */, 'option', -1); }
    if (o.pause != null) { n++; w.bool(668 /* pause */, o.pause, 'pause'); }
    if (o.permission != null) { n++; writePermission(w, o.permission, 673 /* permission */, 'permission', -1); }
    if (o.powerManagement != null) { n++; writePowerManagement(w, o.powerManagement, 697 /* power_management */, 'powerManagement', -1); }
    if (o.proxyTicket != null) { n++; writeProxyTicket(w, o.proxyTicket, 722 /* proxy_ticket */, 'proxyTicket', -1); }
    if (o.quota != null) { n++; writeQuota(w, o.quota, 729 /* quota */, 'quota', -1); }
    if (o.reason != null) { n++; w.str(743 /* reason */, o.reason, 'reason'); }
    if (o.reassignBadMacs != null) { n++; w.bool(744 /* reassign_bad_macs */, o.reassignBadMacs, 'reassignBadMacs'); }
    if (o.reboot != null) { n++; w.bool(745 /* reboot */, o.reboot, 'reboot'); }
    if (o.registrationConfiguration != null) { n++; writeRegistrationConfiguration(w, o.registrationConfiguration, 756 /* registration_configuration */, 'registrationConfiguration', -1); }
    if (o.remoteViewerConnectionFile != null) { n++; w.str(768 /* remote_viewer_connection_file */, o.remoteViewerConnectionFile, 'remoteViewerConnectionFile'); }
    if (o.removedBonds != null) {
      n++;
      const a = w.list(o.removedBonds, 'removedBonds');
      w.openList(769 /* removed_bonds */, 'removedBonds');
      for (let k = 0; k < a.length; k++) writeHostNic(w, a[k], 388 /* host_nic */, 'removedBonds', k);
      w.close();
    }
    if (o.removedLabels != null) {
      n++;
      const a = w.list(o.removedLabels, 'removedLabels');
      w.openList(770 /* removed_labels */, 'removedLabels');
      for (let k = 0; k < a.length; k++) writeNetworkLabel(w, a[k], 578 /* network_label */, 'removedLabels', k);
      w.close();
    }
    if (o.removedNetworkAttachments != null) {
      n++;
      const a = w.list(o.removedNetworkAttachments, 'removedNetworkAttachments');
      w.openList(771 /* removed_network_attachments */, 'removedNetworkAttachments');
      for (let k = 0; k < a.length; k++) writeNetworkAttachment(w, a[k], 570 /* network_attachment */, 'removedNetworkAttachments', k);
      w.close();
    }
    if (o.resolutionType != null) { n++; w.str(783 /* resolution_type */, o.resolutionType, 'resolutionType'); }
    if (o.restoreMemory != null) { n++; w.bool(784 /* restore_memory */, o.restoreMemory, 'restoreMemory'); }
    if (o.rootPassword != null) { n++; w.str(791 /* root_password */, o.rootPassword, 'rootPassword'); }
    if (o.seal != null) { n++; w.bool(802 /* seal */, o.seal, 'seal'); }
    if (o.snapshot != null) { n++; writeSnapshot(w, o.snapshot, 830 /* snapshot */, 'snapshot', -1); }
    if (o.sourceHost != null) { n++; writeHost(w, o.sourceHost, 840 /* source_host */, 'sourceHost', -1); }
    if (o.ssh != null) { n++; writeSsh(w, o.ssh, 850 /* ssh */, 'ssh', -1); }
    if (o.status != null) { n++; w.str(865 /* status */, o.status, 'status'); }
    if (o.stopGlusterService != null) { n++; w.bool(869 /* stop_gluster_service */, o.stopGlusterService, 'stopGlusterService'); }
    if (o.storageDomain != null) { n++; writeStorageDomain(w, o.storageDomain, 877 /* storage_domain */, 'storageDomain', -1); }
    if (o.storageDomains != null) {
      n++;
      const a = w.list(o.storageDomains, 'storageDomains');
      w.openList(881 /* storage_domains */, 'storageDomains');
      for (let k = 0; k < a.length; k++) writeStorageDomain(w, a[k], 877 /* storage_domain */, 'storageDomains', k);
      w.close();
    }
    if (o.succeeded != null) { n++; w.bool(897 /* succeeded */, o.succeeded, 'succeeded'); }
    if (o.synchronizedNetworkAttachments != null) {
      n++;
      const a = w.list(o.synchronizedNetworkAttachments, 'synchronizedNetworkAttachments');
      w.openList(906 /* synchronized_network_attachments */, 'synchronizedNetworkAttachments');
      for (let k = 0; k < a.length; k++) writeNetworkAttachment(w, a[k], 570 /* network_attachment */, 'synchronizedNetworkAttachments', k);
      w.close();
    }
    if (o.template != null) { n++; writeTemplate(w, o.template, 916 /* template */, 'template', -1); }
    if (o.ticket != null) { n++; writeTicket(w, o.ticket, 924 /* ticket */, 'ticket', -1); }
    if (o.timeout != null) { n++; w.int(929 /* timeout */, o.timeout, 'timeout'); }
    if (o.undeployHostedEngine != null) { n++; w.bool(951 /* undeploy_hosted_engine */, o.undeployHostedEngine, 'undeployHostedEngine'); }
    if (o.upgradeAction != null) { n++; w.enumValue(958 /* upgrade_action */, o.upgradeAction, 'upgradeAction'); }
    if (o.upgradePercentComplete != null) { n++; w.int(961 /* upgrade_percent_complete */, o.upgradePercentComplete, 'upgradePercentComplete'); }
    if (o.useCloudInit != null) { n++; w.bool(968 /* use_cloud_init */, o.useCloudInit, 'useCloudInit'); }
    if (o.useIgnition != null) { n++; w.bool(969 /* use_ignition */, o.useIgnition, 'useIgnition'); }
    if (o.useInitialization != null) { n++; w.bool(970 /* use_initialization */, o.useInitialization, 'useInitialization'); }
    if (o.useSysprep != null) { n++; w.bool(972 /* use_sysprep */, o.useSysprep, 'useSysprep'); }
    if (o.virtualFunctionsConfiguration != null) { n++; writeHostNicVirtualFunctionsConfiguration(w, o.virtualFunctionsConfiguration, 1011 /* virtual_functions_configuration */, 'virtualFunctionsConfiguration', -1); }
    if (o.vm != null) { n++; writeVm(w, o.vm, 1016 /* vm */, 'vm', -1); }
    if (o.vnicProfileMappings != null) {
      n++;
      const a = w.list(o.vnicProfileMappings, 'vnicProfileMappings');
      w.openList(1038 /* vnic_profile_mappings */, 'vnicProfileMappings');
      for (let k = 0; k < a.length; k++) writeVnicProfileMapping(w, a[k], 1037 /* vnic_profile_mapping */, 'vnicProfileMappings', k);
      w.close();
    }
    if (o.volatile != null) { n++; w.bool(1041 /* volatile */, o.volatile, 'volatile'); }
    w.close();
    let keys = 0;
    for (const _ in o) keys++;
    if (keys !== n) w.unknownMember(o, 219);
  } catch (e) {
    throw w.at(e, seg, i);
  }
}

/** The writers by type id. */
export const WRITERS: readonly ((w: TapeWriter, value: unknown, tag: number, seg: string, i: number) => void)[] = [
  writeAffinityGroup,
  writeAffinityLabel,
  writeAffinityRule,
  writeAgent,
  writeAgentConfiguration,
  writeApi,
  writeApiSummary,
  writeApiSummaryItem,
  writeApplication,
  writeAuthorizedKey,
  writeBackup,
  writeBalance,
  writeBios,
  writeBlockStatistic,
  writeBonding,
  writeBookmark,
  writeBoot,
  writeBootMenu,
  writeBrickProfileDetail,
  writeCdrom,
  writeCertificate,
  writeCheckpoint,
  writeCloudInit,
  writeCluster,
  writeClusterFeature,
  writeClusterLevel,
  writeConfiguration,
  writeConsole,
  writeCore,
  writeCpu,
  writeCpuProfile,
  writeCpuTopology,
  writeCpuTune,
  writeCpuType,
  writeCustomProperty,
  writeDataCenter,
  writeDevice,
  writeDisk,
  writeDiskAttachment,
  writeDiskProfile,
  writeDiskSnapshot,
  writeDisplay,
  writeDns,
  writeDnsResolverConfiguration,
  writeDomain,
  writeDynamicCpu,
  writeEngineBackupInfo,
  writeEntityProfileDetail,
  writeErrorHandling,
  writeEvent,
  writeEventSubscription,
  writeExternalComputeResource,
  writeExternalDiscoveredHost,
  writeExternalHost,
  writeExternalHostGroup,
  writeExternalHostProvider,
  writeExternalNetworkProviderConfiguration,
  writeExternalProvider,
  writeExternalTemplateImport,
  writeExternalVmImport,
  writeFencingPolicy,
  writeFile,
  writeFilter,
  writeFloppy,
  writeFopStatistic,
  writeGlusterBrick,
  writeGlusterBrickAdvancedDetails,
  writeGlusterBrickMemoryInfo,
  writeGlusterClient,
  writeGlusterHook,
  writeGlusterMemoryPool,
  writeGlusterServerHook,
  writeGlusterVolume,
  writeGlusterVolumeProfileDetails,
  writeGraphicsConsole,
  writeGroup,
  writeGuestOperatingSystem,
  writeHardwareInformation,
  writeHighAvailability,
  writeHook,
  writeHost,
  writeHostCpuUnit,
  writeHostDevice,
  writeHostDevicePassthrough,
  writeHostNic,
  writeHostNicVirtualFunctionsConfiguration,
  writeHostStorage,
  writeHostedEngine,
  writeIcon,
  writeIdentified,
  writeImage,
  writeImageTransfer,
  writeInitialization,
  writeInstanceType,
  writeIo,
  writeIp,
  writeIpAddressAssignment,
  writeIscsiBond,
  writeIscsiDetails,
  writeJob,
  writeKatelloErratum,
  writeKernel,
  writeKsm,
  writeLinkLayerDiscoveryProtocolElement,
  writeLogicalUnit,
  writeMDevType,
  writeMac,
  writeMacPool,
  writeMemoryOverCommit,
  writeMemoryPolicy,
  writeMethod,
  writeMigrationBandwidth,
  writeMigrationOptions,
  writeMigrationPolicy,
  writeNetwork,
  writeNetworkAttachment,
  writeNetworkConfiguration,
  writeNetworkFilter,
  writeNetworkFilterParameter,
  writeNetworkLabel,
  writeNfsProfileDetail,
  writeNic,
  writeNicConfiguration,
  writeNumaNode,
  writeNumaNodePin,
  writeOpenStackImage,
  writeOpenStackImageProvider,
  writeOpenStackNetwork,
  writeOpenStackNetworkProvider,
  writeOpenStackProvider,
  writeOpenStackSubnet,
  writeOpenStackVolumeProvider,
  writeOpenStackVolumeType,
  writeOpenstackVolumeAuthenticationKey,
  writeOperatingSystem,
  writeOperatingSystemInfo,
  writeOption,
  writePackage,
  writePayload,
  writePermission,
  writePermit,
  writePmProxy,
  writePortMirroring,
  writePowerManagement,
  writeProduct,
  writeProductInfo,
  writeProfileDetail,
  writeProperty,
  writeProxyTicket,
  writeQos,
  writeQuota,
  writeQuotaClusterLimit,
  writeQuotaStorageLimit,
  writeRange,
  writeRate,
  writeRegistrationAffinityGroupMapping,
  writeRegistrationAffinityLabelMapping,
  writeRegistrationClusterMapping,
  writeRegistrationConfiguration,
  writeRegistrationDomainMapping,
  writeRegistrationLunMapping,
  writeRegistrationRoleMapping,
  writeRegistrationVnicProfileMapping,
  writeReportedConfiguration,
  writeReportedDevice,
  writeRngDevice,
  writeRole,
  writeSchedulingPolicy,
  writeSchedulingPolicyUnit,
  writeSeLinux,
  writeSerialNumber,
  writeSession,
  writeSkipIfConnectivityBroken,
  writeSkipIfSdActive,
  writeSnapshot,
  writeSpecialObjects,
  writeSpm,
  writeSsh,
  writeSshPublicKey,
  writeSso,
  writeStatistic,
  writeStep,
  writeStorageConnection,
  writeStorageConnectionExtension,
  writeStorageDomain,
  writeStorageDomainLease,
  writeSystemOption,
  writeSystemOptionValue,
  writeTag,
  writeTemplate,
  writeTemplateVersion,
  writeTicket,
  writeTimeZone,
  writeTransparentHugePages,
  writeUnmanagedNetwork,
  writeUsb,
  writeUser,
  writeUserOption,
  writeValue,
  writeVcpuPin,
  writeVendor,
  writeVersion,
  writeVirtioScsi,
  writeVirtualNumaNode,
  writeVlan,
  writeVm,
  writeVmBase,
  writeVmMediatedDevice,
  writeVmPlacementPolicy,
  writeVmPool,
  writeVmSummary,
  writeVnicPassThrough,
  writeVnicProfile,
  writeVnicProfileMapping,
  writeVolumeGroup,
  writeWatchdog,
  writeWeight,
  writeFault,
  writeGracePeriod,
  writeAction,
];
