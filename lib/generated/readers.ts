// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import type { List, TapeReader } from '../xml/tape';

/**
 * Readers: one function per struct type decodes the tape the native parser writes
 * (format: native/xml_reader.cc). Op m+1 is a value of schema member m, -(m+1) the href
 * of list member m, 0 the end of the object.
 */

const E_GlusterBrickStatus = Object.values(t.GlusterBrickStatus);
const E_GlusterHookStatus = Object.values(t.GlusterHookStatus);
const E_GlusterVolumeStatus = Object.values(t.GlusterVolumeStatus);
const E_Architecture = Object.values(t.Architecture);
const E_AutoNumaStatus = Object.values(t.AutoNumaStatus);
const E_AutoPinningPolicy = Object.values(t.AutoPinningPolicy);
const E_BackupPhase = Object.values(t.BackupPhase);
const E_BiosType = Object.values(t.BiosType);
const E_BootDevice = Object.values(t.BootDevice);
const E_BootProtocol = Object.values(t.BootProtocol);
const E_CheckpointState = Object.values(t.CheckpointState);
const E_CloudInitNetworkProtocol = Object.values(t.CloudInitNetworkProtocol);
const E_ClusterUpgradeAction = Object.values(t.ClusterUpgradeAction);
const E_ConfigurationType = Object.values(t.ConfigurationType);
const E_CpuMode = Object.values(t.CpuMode);
const E_CpuPinningPolicy = Object.values(t.CpuPinningPolicy);
const E_DataCenterStatus = Object.values(t.DataCenterStatus);
const E_DiskBackup = Object.values(t.DiskBackup);
const E_DiskBackupMode = Object.values(t.DiskBackupMode);
const E_DiskContentType = Object.values(t.DiskContentType);
const E_DiskFormat = Object.values(t.DiskFormat);
const E_DiskInterface = Object.values(t.DiskInterface);
const E_DiskStatus = Object.values(t.DiskStatus);
const E_DiskStorageType = Object.values(t.DiskStorageType);
const E_DisplayType = Object.values(t.DisplayType);
const E_ExternalStatus = Object.values(t.ExternalStatus);
const E_ExternalSystemType = Object.values(t.ExternalSystemType);
const E_ExternalVmProviderType = Object.values(t.ExternalVmProviderType);
const E_FipsMode = Object.values(t.FipsMode);
const E_FirewallType = Object.values(t.FirewallType);
const E_GlusterVolumeType = Object.values(t.GlusterVolumeType);
const E_GraphicsType = Object.values(t.GraphicsType);
const E_HookContentType = Object.values(t.HookContentType);
const E_HookStage = Object.values(t.HookStage);
const E_HostProtocol = Object.values(t.HostProtocol);
const E_HostStatus = Object.values(t.HostStatus);
const E_HostType = Object.values(t.HostType);
const E_ImageFileType = Object.values(t.ImageFileType);
const E_ImageTransferDirection = Object.values(t.ImageTransferDirection);
const E_ImageTransferPhase = Object.values(t.ImageTransferPhase);
const E_ImageTransferTimeoutPolicy = Object.values(t.ImageTransferTimeoutPolicy);
const E_InheritableBoolean = Object.values(t.InheritableBoolean);
const E_IpVersion = Object.values(t.IpVersion);
const E_JobStatus = Object.values(t.JobStatus);
const E_KdumpStatus = Object.values(t.KdumpStatus);
const E_LogMaxMemoryUsedThresholdType = Object.values(t.LogMaxMemoryUsedThresholdType);
const E_LogSeverity = Object.values(t.LogSeverity);
const E_LunStatus = Object.values(t.LunStatus);
const E_MessageBrokerType = Object.values(t.MessageBrokerType);
const E_MigrateOnError = Object.values(t.MigrateOnError);
const E_MigrationBandwidthAssignmentMethod = Object.values(t.MigrationBandwidthAssignmentMethod);
const E_NetworkPluginType = Object.values(t.NetworkPluginType);
const E_NetworkStatus = Object.values(t.NetworkStatus);
const E_NetworkUsage = Object.values(t.NetworkUsage);
const E_NfsVersion = Object.values(t.NfsVersion);
const E_NicInterface = Object.values(t.NicInterface);
const E_NicStatus = Object.values(t.NicStatus);
const E_NotifiableEvent = Object.values(t.NotifiableEvent);
const E_NotificationMethod = Object.values(t.NotificationMethod);
const E_NumaTuneMode = Object.values(t.NumaTuneMode);
const E_OpenStackNetworkProviderType = Object.values(t.OpenStackNetworkProviderType);
const E_OpenstackVolumeAuthenticationKeyUsageType = Object.values(t.OpenstackVolumeAuthenticationKeyUsageType);
const E_ParallelMigrationsPolicy = Object.values(t.ParallelMigrationsPolicy);
const E_PmProxyType = Object.values(t.PmProxyType);
const E_PolicyUnitType = Object.values(t.PolicyUnitType);
const E_PowerManagementStatus = Object.values(t.PowerManagementStatus);
const E_QcowVersion = Object.values(t.QcowVersion);
const E_QosType = Object.values(t.QosType);
const E_QuotaModeType = Object.values(t.QuotaModeType);
const E_ReportedDeviceType = Object.values(t.ReportedDeviceType);
const E_RngSource = Object.values(t.RngSource);
const E_ScsiGenericIO = Object.values(t.ScsiGenericIO);
const E_SeLinuxMode = Object.values(t.SeLinuxMode);
const E_SerialNumberPolicy = Object.values(t.SerialNumberPolicy);
const E_SnapshotStatus = Object.values(t.SnapshotStatus);
const E_SnapshotType = Object.values(t.SnapshotType);
const E_SpmStatus = Object.values(t.SpmStatus);
const E_SshAuthenticationMethod = Object.values(t.SshAuthenticationMethod);
const E_SsoMethod = Object.values(t.SsoMethod);
const E_StatisticKind = Object.values(t.StatisticKind);
const E_StatisticUnit = Object.values(t.StatisticUnit);
const E_StepEnum = Object.values(t.StepEnum);
const E_StepStatus = Object.values(t.StepStatus);
const E_StorageDomainStatus = Object.values(t.StorageDomainStatus);
const E_StorageDomainType = Object.values(t.StorageDomainType);
const E_StorageFormat = Object.values(t.StorageFormat);
const E_StorageType = Object.values(t.StorageType);
const E_SwitchType = Object.values(t.SwitchType);
const E_TemplateStatus = Object.values(t.TemplateStatus);
const E_TpmSupport = Object.values(t.TpmSupport);
const E_TransportType = Object.values(t.TransportType);
const E_UsbType = Object.values(t.UsbType);
const E_ValueType = Object.values(t.ValueType);
const E_VgpuPlacement = Object.values(t.VgpuPlacement);
const E_VideoType = Object.values(t.VideoType);
const E_VmAffinity = Object.values(t.VmAffinity);
const E_VmDeviceType = Object.values(t.VmDeviceType);
const E_VmPoolType = Object.values(t.VmPoolType);
const E_VmStatus = Object.values(t.VmStatus);
const E_VmStorageErrorResumeBehaviour = Object.values(t.VmStorageErrorResumeBehaviour);
const E_VmType = Object.values(t.VmType);
const E_VnicPassThroughMode = Object.values(t.VnicPassThroughMode);
const E_WatchdogAction = Object.values(t.WatchdogAction);
const E_WatchdogModel = Object.values(t.WatchdogModel);

// The classes, read once: `t` is the types module, whose exports are getters.
const C_AffinityGroup = t.AffinityGroup;
const C_AffinityLabel = t.AffinityLabel;
const C_AffinityRule = t.AffinityRule;
const C_Agent = t.Agent;
const C_AgentConfiguration = t.AgentConfiguration;
const C_Api = t.Api;
const C_ApiSummary = t.ApiSummary;
const C_ApiSummaryItem = t.ApiSummaryItem;
const C_Application = t.Application;
const C_AuthorizedKey = t.AuthorizedKey;
const C_Backup = t.Backup;
const C_Balance = t.Balance;
const C_Bios = t.Bios;
const C_BlockStatistic = t.BlockStatistic;
const C_Bonding = t.Bonding;
const C_Bookmark = t.Bookmark;
const C_Boot = t.Boot;
const C_BootMenu = t.BootMenu;
const C_BrickProfileDetail = t.BrickProfileDetail;
const C_Cdrom = t.Cdrom;
const C_Certificate = t.Certificate;
const C_Checkpoint = t.Checkpoint;
const C_CloudInit = t.CloudInit;
const C_Cluster = t.Cluster;
const C_ClusterFeature = t.ClusterFeature;
const C_ClusterLevel = t.ClusterLevel;
const C_Configuration = t.Configuration;
const C_Console = t.Console;
const C_Core = t.Core;
const C_Cpu = t.Cpu;
const C_CpuProfile = t.CpuProfile;
const C_CpuTopology = t.CpuTopology;
const C_CpuTune = t.CpuTune;
const C_CpuType = t.CpuType;
const C_CustomProperty = t.CustomProperty;
const C_DataCenter = t.DataCenter;
const C_Device = t.Device;
const C_Disk = t.Disk;
const C_DiskAttachment = t.DiskAttachment;
const C_DiskProfile = t.DiskProfile;
const C_DiskSnapshot = t.DiskSnapshot;
const C_Display = t.Display;
const C_Dns = t.Dns;
const C_DnsResolverConfiguration = t.DnsResolverConfiguration;
const C_Domain = t.Domain;
const C_DynamicCpu = t.DynamicCpu;
const C_EngineBackupInfo = t.EngineBackupInfo;
const C_EntityProfileDetail = t.EntityProfileDetail;
const C_ErrorHandling = t.ErrorHandling;
const C_Event = t.Event;
const C_EventSubscription = t.EventSubscription;
const C_ExternalComputeResource = t.ExternalComputeResource;
const C_ExternalDiscoveredHost = t.ExternalDiscoveredHost;
const C_ExternalHost = t.ExternalHost;
const C_ExternalHostGroup = t.ExternalHostGroup;
const C_ExternalHostProvider = t.ExternalHostProvider;
const C_ExternalNetworkProviderConfiguration = t.ExternalNetworkProviderConfiguration;
const C_ExternalProvider = t.ExternalProvider;
const C_ExternalTemplateImport = t.ExternalTemplateImport;
const C_ExternalVmImport = t.ExternalVmImport;
const C_FencingPolicy = t.FencingPolicy;
const C_File = t.File;
const C_Filter = t.Filter;
const C_Floppy = t.Floppy;
const C_FopStatistic = t.FopStatistic;
const C_GlusterBrick = t.GlusterBrick;
const C_GlusterBrickAdvancedDetails = t.GlusterBrickAdvancedDetails;
const C_GlusterBrickMemoryInfo = t.GlusterBrickMemoryInfo;
const C_GlusterClient = t.GlusterClient;
const C_GlusterHook = t.GlusterHook;
const C_GlusterMemoryPool = t.GlusterMemoryPool;
const C_GlusterServerHook = t.GlusterServerHook;
const C_GlusterVolume = t.GlusterVolume;
const C_GlusterVolumeProfileDetails = t.GlusterVolumeProfileDetails;
const C_GraphicsConsole = t.GraphicsConsole;
const C_Group = t.Group;
const C_GuestOperatingSystem = t.GuestOperatingSystem;
const C_HardwareInformation = t.HardwareInformation;
const C_HighAvailability = t.HighAvailability;
const C_Hook = t.Hook;
const C_Host = t.Host;
const C_HostCpuUnit = t.HostCpuUnit;
const C_HostDevice = t.HostDevice;
const C_HostDevicePassthrough = t.HostDevicePassthrough;
const C_HostNic = t.HostNic;
const C_HostNicVirtualFunctionsConfiguration = t.HostNicVirtualFunctionsConfiguration;
const C_HostStorage = t.HostStorage;
const C_HostedEngine = t.HostedEngine;
const C_Icon = t.Icon;
const C_Identified = t.Identified;
const C_Image = t.Image;
const C_ImageTransfer = t.ImageTransfer;
const C_Initialization = t.Initialization;
const C_InstanceType = t.InstanceType;
const C_Io = t.Io;
const C_Ip = t.Ip;
const C_IpAddressAssignment = t.IpAddressAssignment;
const C_IscsiBond = t.IscsiBond;
const C_IscsiDetails = t.IscsiDetails;
const C_Job = t.Job;
const C_KatelloErratum = t.KatelloErratum;
const C_Kernel = t.Kernel;
const C_Ksm = t.Ksm;
const C_LinkLayerDiscoveryProtocolElement = t.LinkLayerDiscoveryProtocolElement;
const C_LogicalUnit = t.LogicalUnit;
const C_MDevType = t.MDevType;
const C_Mac = t.Mac;
const C_MacPool = t.MacPool;
const C_MemoryOverCommit = t.MemoryOverCommit;
const C_MemoryPolicy = t.MemoryPolicy;
const C_Method = t.Method;
const C_MigrationBandwidth = t.MigrationBandwidth;
const C_MigrationOptions = t.MigrationOptions;
const C_MigrationPolicy = t.MigrationPolicy;
const C_Network = t.Network;
const C_NetworkAttachment = t.NetworkAttachment;
const C_NetworkConfiguration = t.NetworkConfiguration;
const C_NetworkFilter = t.NetworkFilter;
const C_NetworkFilterParameter = t.NetworkFilterParameter;
const C_NetworkLabel = t.NetworkLabel;
const C_NfsProfileDetail = t.NfsProfileDetail;
const C_Nic = t.Nic;
const C_NicConfiguration = t.NicConfiguration;
const C_NumaNode = t.NumaNode;
const C_NumaNodePin = t.NumaNodePin;
const C_OpenStackImage = t.OpenStackImage;
const C_OpenStackImageProvider = t.OpenStackImageProvider;
const C_OpenStackNetwork = t.OpenStackNetwork;
const C_OpenStackNetworkProvider = t.OpenStackNetworkProvider;
const C_OpenStackProvider = t.OpenStackProvider;
const C_OpenStackSubnet = t.OpenStackSubnet;
const C_OpenStackVolumeProvider = t.OpenStackVolumeProvider;
const C_OpenStackVolumeType = t.OpenStackVolumeType;
const C_OpenstackVolumeAuthenticationKey = t.OpenstackVolumeAuthenticationKey;
const C_OperatingSystem = t.OperatingSystem;
const C_OperatingSystemInfo = t.OperatingSystemInfo;
const C_Option = t.Option;
const C_Package = t.Package;
const C_Payload = t.Payload;
const C_Permission = t.Permission;
const C_Permit = t.Permit;
const C_PmProxy = t.PmProxy;
const C_PortMirroring = t.PortMirroring;
const C_PowerManagement = t.PowerManagement;
const C_Product = t.Product;
const C_ProductInfo = t.ProductInfo;
const C_ProfileDetail = t.ProfileDetail;
const C_Property = t.Property;
const C_ProxyTicket = t.ProxyTicket;
const C_Qos = t.Qos;
const C_Quota = t.Quota;
const C_QuotaClusterLimit = t.QuotaClusterLimit;
const C_QuotaStorageLimit = t.QuotaStorageLimit;
const C_Range = t.Range;
const C_Rate = t.Rate;
const C_RegistrationAffinityGroupMapping = t.RegistrationAffinityGroupMapping;
const C_RegistrationAffinityLabelMapping = t.RegistrationAffinityLabelMapping;
const C_RegistrationClusterMapping = t.RegistrationClusterMapping;
const C_RegistrationConfiguration = t.RegistrationConfiguration;
const C_RegistrationDomainMapping = t.RegistrationDomainMapping;
const C_RegistrationLunMapping = t.RegistrationLunMapping;
const C_RegistrationRoleMapping = t.RegistrationRoleMapping;
const C_RegistrationVnicProfileMapping = t.RegistrationVnicProfileMapping;
const C_ReportedConfiguration = t.ReportedConfiguration;
const C_ReportedDevice = t.ReportedDevice;
const C_RngDevice = t.RngDevice;
const C_Role = t.Role;
const C_SchedulingPolicy = t.SchedulingPolicy;
const C_SchedulingPolicyUnit = t.SchedulingPolicyUnit;
const C_SeLinux = t.SeLinux;
const C_SerialNumber = t.SerialNumber;
const C_Session = t.Session;
const C_SkipIfConnectivityBroken = t.SkipIfConnectivityBroken;
const C_SkipIfSdActive = t.SkipIfSdActive;
const C_Snapshot = t.Snapshot;
const C_SpecialObjects = t.SpecialObjects;
const C_Spm = t.Spm;
const C_Ssh = t.Ssh;
const C_SshPublicKey = t.SshPublicKey;
const C_Sso = t.Sso;
const C_Statistic = t.Statistic;
const C_Step = t.Step;
const C_StorageConnection = t.StorageConnection;
const C_StorageConnectionExtension = t.StorageConnectionExtension;
const C_StorageDomain = t.StorageDomain;
const C_StorageDomainLease = t.StorageDomainLease;
const C_SystemOption = t.SystemOption;
const C_SystemOptionValue = t.SystemOptionValue;
const C_Tag = t.Tag;
const C_Template = t.Template;
const C_TemplateVersion = t.TemplateVersion;
const C_Ticket = t.Ticket;
const C_TimeZone = t.TimeZone;
const C_TransparentHugePages = t.TransparentHugePages;
const C_UnmanagedNetwork = t.UnmanagedNetwork;
const C_Usb = t.Usb;
const C_User = t.User;
const C_UserOption = t.UserOption;
const C_Value = t.Value;
const C_VcpuPin = t.VcpuPin;
const C_Vendor = t.Vendor;
const C_Version = t.Version;
const C_VirtioScsi = t.VirtioScsi;
const C_VirtualNumaNode = t.VirtualNumaNode;
const C_Vlan = t.Vlan;
const C_Vm = t.Vm;
const C_VmBase = t.VmBase;
const C_VmMediatedDevice = t.VmMediatedDevice;
const C_VmPlacementPolicy = t.VmPlacementPolicy;
const C_VmPool = t.VmPool;
const C_VmSummary = t.VmSummary;
const C_VnicPassThrough = t.VnicPassThrough;
const C_VnicProfile = t.VnicProfile;
const C_VnicProfileMapping = t.VnicProfileMapping;
const C_VolumeGroup = t.VolumeGroup;
const C_Watchdog = t.Watchdog;
const C_Weight = t.Weight;
const C_Fault = t.Fault;
const C_GracePeriod = t.GracePeriod;
const C_Action = t.Action;

function readAffinityGroup(r: TapeReader): t.AffinityGroup {
  const o = new C_AffinityGroup();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.positive = r.bool(); break;
      case 3: o.enforcing = r.bool(); break;
      case 4: o.vmsRule = readAffinityRule(r); break;
      case 5: o.hostsRule = readAffinityRule(r); break;
      case 6: o.priority = r.num(); break;
      case 7: o.broken = r.bool(); break;
      case 8: o.id = r.str(); break;
      case 9: o.name = r.str(); break;
      case 10: o.description = r.str(); break;
      case 11: o.comment = r.str(); break;
      case 12: o.cluster = readCluster(r); break;
      case 13: o.vms = readVmList(r, o.vms); break;
      case -13: o.vms = r.href(o.vms); break;
      case 14: o.hosts = readHostList(r, o.hosts); break;
      case -14: o.hosts = r.href(o.hosts); break;
      case 15: o.vmLabels = readAffinityLabelList(r, o.vmLabels); break;
      case -15: o.vmLabels = r.href(o.vmLabels); break;
      case 16: o.hostLabels = readAffinityLabelList(r, o.hostLabels); break;
      case -16: o.hostLabels = r.href(o.hostLabels); break;
      default: r.corrupt('affinity_group');
    }
  }
}

function readAffinityGroupList(r: TapeReader, list: List<t.AffinityGroup> | undefined): List<t.AffinityGroup> {
  const a: List<t.AffinityGroup> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readAffinityGroup(r));
  return a;
}

function readAffinityLabel(r: TapeReader): t.AffinityLabel {
  const o = new C_AffinityLabel();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.readOnly = r.bool(); break;
      case 3: o.hasImplicitAffinityGroup = r.bool(); break;
      case 4: o.id = r.str(); break;
      case 5: o.name = r.str(); break;
      case 6: o.description = r.str(); break;
      case 7: o.comment = r.str(); break;
      case 8: o.hosts = readHostList(r, o.hosts); break;
      case -8: o.hosts = r.href(o.hosts); break;
      case 9: o.vms = readVmList(r, o.vms); break;
      case -9: o.vms = r.href(o.vms); break;
      default: r.corrupt('affinity_label');
    }
  }
}

function readAffinityLabelList(r: TapeReader, list: List<t.AffinityLabel> | undefined): List<t.AffinityLabel> {
  const a: List<t.AffinityLabel> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readAffinityLabel(r));
  return a;
}

function readAffinityRule(r: TapeReader): t.AffinityRule {
  const o = new C_AffinityRule();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.positive = r.bool(); break;
      case 3: o.enforcing = r.bool(); break;
      case 4: o.enabled = r.bool(); break;
      default: r.corrupt('affinity_rule');
    }
  }
}

function readAgent(r: TapeReader): t.Agent {
  const o = new C_Agent();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.str(); break;
      case 3: o.address = r.str(); break;
      case 4: o.username = r.str(); break;
      case 5: o.password = r.str(); break;
      case 6: o.options = readOptionList(r, o.options); break;
      case -6: o.options = r.href(o.options); break;
      case 7: o.encryptOptions = r.bool(); break;
      case 8: o.concurrent = r.bool(); break;
      case 9: o.order = r.num(); break;
      case 10: o.port = r.num(); break;
      case 11: o.id = r.str(); break;
      case 12: o.name = r.str(); break;
      case 13: o.description = r.str(); break;
      case 14: o.comment = r.str(); break;
      case 15: o.host = readHost(r); break;
      default: r.corrupt('agent');
    }
  }
}

function readAgentList(r: TapeReader, list: List<t.Agent> | undefined): List<t.Agent> {
  const a: List<t.Agent> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readAgent(r));
  return a;
}

function readAgentConfiguration(r: TapeReader): t.AgentConfiguration {
  const o = new C_AgentConfiguration();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.networkMappings = r.str(); break;
      case 3: o.brokerType = r.enumValue(E_MessageBrokerType); break;
      case 4: o.address = r.str(); break;
      case 5: o.port = r.num(); break;
      case 6: o.username = r.str(); break;
      case 7: o.password = r.str(); break;
      default: r.corrupt('agent_configuration');
    }
  }
}

function readApi(r: TapeReader): t.Api {
  const o = new C_Api();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.specialObjects = readSpecialObjects(r); break;
      case 3: o.productInfo = readProductInfo(r); break;
      case 4: o.summary = readApiSummary(r); break;
      case 5: o.time = r.date(); break;
      case 6: o.engineBackup = readEngineBackupInfo(r); break;
      case 7: o.authenticatedUser = readUser(r); break;
      case 8: o.effectiveUser = readUser(r); break;
      default: r.corrupt('api');
    }
  }
}

function readApiSummary(r: TapeReader): t.ApiSummary {
  const o = new C_ApiSummary();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.vms = readApiSummaryItem(r); break;
      case 3: o.hosts = readApiSummaryItem(r); break;
      case 4: o.users = readApiSummaryItem(r); break;
      case 5: o.storageDomains = readApiSummaryItem(r); break;
      default: r.corrupt('api_summary');
    }
  }
}

function readApiSummaryItem(r: TapeReader): t.ApiSummaryItem {
  const o = new C_ApiSummaryItem();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.total = r.num(); break;
      case 3: o.active = r.num(); break;
      default: r.corrupt('api_summary_item');
    }
  }
}

function readApplication(r: TapeReader): t.Application {
  const o = new C_Application();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.vm = readVm(r); break;
      default: r.corrupt('application');
    }
  }
}

function readApplicationList(r: TapeReader, list: List<t.Application> | undefined): List<t.Application> {
  const a: List<t.Application> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readApplication(r));
  return a;
}

function readAuthorizedKey(r: TapeReader): t.AuthorizedKey {
  const o = new C_AuthorizedKey();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.key = r.str(); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.user = readUser(r); break;
      default: r.corrupt('authorized_key');
    }
  }
}

function readAuthorizedKeyList(r: TapeReader, list: List<t.AuthorizedKey> | undefined): List<t.AuthorizedKey> {
  const a: List<t.AuthorizedKey> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readAuthorizedKey(r));
  return a;
}

function readBackup(r: TapeReader): t.Backup {
  const o = new C_Backup();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.fromCheckpointId = r.str(); break;
      case 3: o.toCheckpointId = r.str(); break;
      case 4: o.phase = r.enumValue(E_BackupPhase); break;
      case 5: o.creationDate = r.date(); break;
      case 6: o.modificationDate = r.date(); break;
      case 7: o.id = r.str(); break;
      case 8: o.name = r.str(); break;
      case 9: o.description = r.str(); break;
      case 10: o.comment = r.str(); break;
      case 11: o.host = readHost(r); break;
      case 12: o.vm = readVm(r); break;
      case 13: o.disks = readDiskList(r, o.disks); break;
      case -13: o.disks = r.href(o.disks); break;
      case 14: o.snapshot = readSnapshot(r); break;
      default: r.corrupt('backup');
    }
  }
}

function readBalance(r: TapeReader): t.Balance {
  const o = new C_Balance();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.schedulingPolicy = readSchedulingPolicy(r); break;
      case 7: o.schedulingPolicyUnit = readSchedulingPolicyUnit(r); break;
      default: r.corrupt('balance');
    }
  }
}

function readBalanceList(r: TapeReader, list: List<t.Balance> | undefined): List<t.Balance> {
  const a: List<t.Balance> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readBalance(r));
  return a;
}

function readBios(r: TapeReader): t.Bios {
  const o = new C_Bios();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.bootMenu = readBootMenu(r); break;
      case 3: o.type = r.enumValue(E_BiosType); break;
      default: r.corrupt('bios');
    }
  }
}

function readBlockStatistic(r: TapeReader): t.BlockStatistic {
  const o = new C_BlockStatistic();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.statistics = readStatisticList(r, o.statistics); break;
      case -2: o.statistics = r.href(o.statistics); break;
      default: r.corrupt('block_statistic');
    }
  }
}

function readBlockStatisticList(r: TapeReader, list: List<t.BlockStatistic> | undefined): List<t.BlockStatistic> {
  const a: List<t.BlockStatistic> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readBlockStatistic(r));
  return a;
}

function readBonding(r: TapeReader): t.Bonding {
  const o = new C_Bonding();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.options = readOptionList(r, o.options); break;
      case -2: o.options = r.href(o.options); break;
      case 3: o.slaves = readHostNicList(r, o.slaves); break;
      case -3: o.slaves = r.href(o.slaves); break;
      case 4: o.adPartnerMac = readMac(r); break;
      case 5: o.activeSlave = readHostNic(r); break;
      default: r.corrupt('bonding');
    }
  }
}

function readBookmark(r: TapeReader): t.Bookmark {
  const o = new C_Bookmark();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.value = r.str(); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      default: r.corrupt('bookmark');
    }
  }
}

function readBoot(r: TapeReader): t.Boot {
  const o = new C_Boot();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.devices = r.enumList(o.devices, E_BootDevice); break;
      case -2: o.devices = r.href(o.devices); break;
      default: r.corrupt('boot');
    }
  }
}

function readBootMenu(r: TapeReader): t.BootMenu {
  const o = new C_BootMenu();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.enabled = r.bool(); break;
      default: r.corrupt('boot_menu');
    }
  }
}

function readBrickProfileDetail(r: TapeReader): t.BrickProfileDetail {
  const o = new C_BrickProfileDetail();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.profileDetails = readProfileDetailList(r, o.profileDetails); break;
      case -2: o.profileDetails = r.href(o.profileDetails); break;
      case 3: o.brick = readGlusterBrick(r); break;
      default: r.corrupt('brick_profile_detail');
    }
  }
}

function readBrickProfileDetailList(r: TapeReader, list: List<t.BrickProfileDetail> | undefined): List<t.BrickProfileDetail> {
  const a: List<t.BrickProfileDetail> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readBrickProfileDetail(r));
  return a;
}

function readCdrom(r: TapeReader): t.Cdrom {
  const o = new C_Cdrom();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.file = readFile(r); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.template = readTemplate(r); break;
      case 8: o.instanceType = readInstanceType(r); break;
      case 9: o.vms = readVmList(r, o.vms); break;
      case -9: o.vms = r.href(o.vms); break;
      case 10: o.vm = readVm(r); break;
      default: r.corrupt('cdrom');
    }
  }
}

function readCdromList(r: TapeReader, list: List<t.Cdrom> | undefined): List<t.Cdrom> {
  const a: List<t.Cdrom> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readCdrom(r));
  return a;
}

function readCertificate(r: TapeReader): t.Certificate {
  const o = new C_Certificate();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.organization = r.str(); break;
      case 3: o.subject = r.str(); break;
      case 4: o.content = r.str(); break;
      case 5: o.id = r.str(); break;
      case 6: o.name = r.str(); break;
      case 7: o.description = r.str(); break;
      case 8: o.comment = r.str(); break;
      default: r.corrupt('certificate');
    }
  }
}

function readCertificateList(r: TapeReader, list: List<t.Certificate> | undefined): List<t.Certificate> {
  const a: List<t.Certificate> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readCertificate(r));
  return a;
}

function readCheckpoint(r: TapeReader): t.Checkpoint {
  const o = new C_Checkpoint();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.parentId = r.str(); break;
      case 3: o.creationDate = r.date(); break;
      case 4: o.state = r.enumValue(E_CheckpointState); break;
      case 5: o.id = r.str(); break;
      case 6: o.name = r.str(); break;
      case 7: o.description = r.str(); break;
      case 8: o.comment = r.str(); break;
      case 9: o.vm = readVm(r); break;
      case 10: o.disks = readDiskList(r, o.disks); break;
      case -10: o.disks = r.href(o.disks); break;
      default: r.corrupt('checkpoint');
    }
  }
}

function readCloudInit(r: TapeReader): t.CloudInit {
  const o = new C_CloudInit();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.host = readHost(r); break;
      case 3: o.authorizedKeys = readAuthorizedKeyList(r, o.authorizedKeys); break;
      case -3: o.authorizedKeys = r.href(o.authorizedKeys); break;
      case 4: o.networkConfiguration = readNetworkConfiguration(r); break;
      case 5: o.regenerateSshKeys = r.bool(); break;
      case 6: o.timezone = r.str(); break;
      case 7: o.users = readUserList(r, o.users); break;
      case -7: o.users = r.href(o.users); break;
      case 8: o.files = readFileList(r, o.files); break;
      case -8: o.files = r.href(o.files); break;
      default: r.corrupt('cloud_init');
    }
  }
}

function readCluster(r: TapeReader): t.Cluster {
  const o = new C_Cluster();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.cpu = readCpu(r); break;
      case 3: o.memoryPolicy = readMemoryPolicy(r); break;
      case 4: o.version = readVersion(r); break;
      case 5: o.supportedVersions = readVersionList(r, o.supportedVersions); break;
      case -5: o.supportedVersions = r.href(o.supportedVersions); break;
      case 6: o.errorHandling = readErrorHandling(r); break;
      case 7: o.virtService = r.bool(); break;
      case 8: o.glusterService = r.bool(); break;
      case 9: o.threadsAsCores = r.bool(); break;
      case 10: o.tunnelMigration = r.bool(); break;
      case 11: o.trustedService = r.bool(); break;
      case 12: o.haReservation = r.bool(); break;
      case 13: o.vncEncryption = r.bool(); break;
      case 14: o.biosType = r.enumValue(E_BiosType); break;
      case 15: o.optionalReason = r.bool(); break;
      case 16: o.maintenanceReasonRequired = r.bool(); break;
      case 17: o.ballooningEnabled = r.bool(); break;
      case 18: o.display = readDisplay(r); break;
      case 19: o.ksm = readKsm(r); break;
      case 20: o.serialNumber = readSerialNumber(r); break;
      case 21: o.requiredRngSources = r.enumList(o.requiredRngSources, E_RngSource); break;
      case -21: o.requiredRngSources = r.href(o.requiredRngSources); break;
      case 22: o.fencingPolicy = readFencingPolicy(r); break;
      case 23: o.migration = readMigrationOptions(r); break;
      case 24: o.customSchedulingPolicyProperties = readPropertyList(r, o.customSchedulingPolicyProperties); break;
      case -24: o.customSchedulingPolicyProperties = r.href(o.customSchedulingPolicyProperties); break;
      case 25: o.switchType = r.enumValue(E_SwitchType); break;
      case 26: o.firewallType = r.enumValue(E_FirewallType); break;
      case 27: o.logMaxMemoryUsedThreshold = r.num(); break;
      case 28: o.logMaxMemoryUsedThresholdType = r.enumValue(E_LogMaxMemoryUsedThresholdType); break;
      case 29: o.glusterTunedProfile = r.str(); break;
      case 30: o.fipsMode = r.enumValue(E_FipsMode); break;
      case 31: o.upgradeInProgress = r.bool(); break;
      case 32: o.upgradePercentComplete = r.num(); break;
      case 33: o.upgradeCorrelationId = r.str(); break;
      case 34: o.id = r.str(); break;
      case 35: o.name = r.str(); break;
      case 36: o.description = r.str(); break;
      case 37: o.comment = r.str(); break;
      case 38: o.enabledFeatures = readClusterFeatureList(r, o.enabledFeatures); break;
      case -38: o.enabledFeatures = r.href(o.enabledFeatures); break;
      case 39: o.schedulingPolicy = readSchedulingPolicy(r); break;
      case 40: o.dataCenter = readDataCenter(r); break;
      case 41: o.managementNetwork = readNetwork(r); break;
      case 42: o.externalNetworkProviders = readExternalProviderList(r, o.externalNetworkProviders); break;
      case -42: o.externalNetworkProviders = r.href(o.externalNetworkProviders); break;
      case 43: o.macPool = readMacPool(r); break;
      case 44: o.affinityGroups = readAffinityGroupList(r, o.affinityGroups); break;
      case -44: o.affinityGroups = r.href(o.affinityGroups); break;
      case 45: o.cpuProfiles = readCpuProfileList(r, o.cpuProfiles); break;
      case -45: o.cpuProfiles = r.href(o.cpuProfiles); break;
      case 46: o.glusterHooks = readGlusterHookList(r, o.glusterHooks); break;
      case -46: o.glusterHooks = r.href(o.glusterHooks); break;
      case 47: o.glusterVolumes = readGlusterVolumeList(r, o.glusterVolumes); break;
      case -47: o.glusterVolumes = r.href(o.glusterVolumes); break;
      case 48: o.networkFilters = readNetworkFilterList(r, o.networkFilters); break;
      case -48: o.networkFilters = r.href(o.networkFilters); break;
      case 49: o.networks = readNetworkList(r, o.networks); break;
      case -49: o.networks = r.href(o.networks); break;
      case 50: o.permissions = readPermissionList(r, o.permissions); break;
      case -50: o.permissions = r.href(o.permissions); break;
      default: r.corrupt('cluster');
    }
  }
}

function readClusterList(r: TapeReader, list: List<t.Cluster> | undefined): List<t.Cluster> {
  const a: List<t.Cluster> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readCluster(r));
  return a;
}

function readClusterFeature(r: TapeReader): t.ClusterFeature {
  const o = new C_ClusterFeature();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.clusterLevel = readClusterLevel(r); break;
      default: r.corrupt('cluster_feature');
    }
  }
}

function readClusterFeatureList(r: TapeReader, list: List<t.ClusterFeature> | undefined): List<t.ClusterFeature> {
  const a: List<t.ClusterFeature> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readClusterFeature(r));
  return a;
}

function readClusterLevel(r: TapeReader): t.ClusterLevel {
  const o = new C_ClusterLevel();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.cpuTypes = readCpuTypeList(r, o.cpuTypes); break;
      case -2: o.cpuTypes = r.href(o.cpuTypes); break;
      case 3: o.permits = readPermitList(r, o.permits); break;
      case -3: o.permits = r.href(o.permits); break;
      case 4: o.id = r.str(); break;
      case 5: o.name = r.str(); break;
      case 6: o.description = r.str(); break;
      case 7: o.comment = r.str(); break;
      case 8: o.clusterFeatures = readClusterFeatureList(r, o.clusterFeatures); break;
      case -8: o.clusterFeatures = r.href(o.clusterFeatures); break;
      default: r.corrupt('cluster_level');
    }
  }
}

function readConfiguration(r: TapeReader): t.Configuration {
  const o = new C_Configuration();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.enumValue(E_ConfigurationType); break;
      case 3: o.data = r.str(); break;
      default: r.corrupt('configuration');
    }
  }
}

function readConsole(r: TapeReader): t.Console {
  const o = new C_Console();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.enabled = r.bool(); break;
      default: r.corrupt('console');
    }
  }
}

function readCore(r: TapeReader): t.Core {
  const o = new C_Core();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.index = r.num(); break;
      case 3: o.socket = r.num(); break;
      default: r.corrupt('core');
    }
  }
}

function readCoreList(r: TapeReader, list: List<t.Core> | undefined): List<t.Core> {
  const a: List<t.Core> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readCore(r));
  return a;
}

function readCpu(r: TapeReader): t.Cpu {
  const o = new C_Cpu();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.str(); break;
      case 3: o.topology = readCpuTopology(r); break;
      case 4: o.level = r.num(); break;
      case 5: o.name = r.str(); break;
      case 6: o.speed = r.num(); break;
      case 7: o.cpuTune = readCpuTune(r); break;
      case 8: o.mode = r.enumValue(E_CpuMode); break;
      case 9: o.architecture = r.enumValue(E_Architecture); break;
      case 10: o.cores = readCoreList(r, o.cores); break;
      case -10: o.cores = r.href(o.cores); break;
      default: r.corrupt('cpu');
    }
  }
}

function readCpuProfile(r: TapeReader): t.CpuProfile {
  const o = new C_CpuProfile();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.qos = readQos(r); break;
      case 7: o.cluster = readCluster(r); break;
      case 8: o.permissions = readPermissionList(r, o.permissions); break;
      case -8: o.permissions = r.href(o.permissions); break;
      default: r.corrupt('cpu_profile');
    }
  }
}

function readCpuProfileList(r: TapeReader, list: List<t.CpuProfile> | undefined): List<t.CpuProfile> {
  const a: List<t.CpuProfile> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readCpuProfile(r));
  return a;
}

function readCpuTopology(r: TapeReader): t.CpuTopology {
  const o = new C_CpuTopology();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.sockets = r.num(); break;
      case 3: o.cores = r.num(); break;
      case 4: o.threads = r.num(); break;
      default: r.corrupt('cpu_topology');
    }
  }
}

function readCpuTune(r: TapeReader): t.CpuTune {
  const o = new C_CpuTune();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.vcpuPins = readVcpuPinList(r, o.vcpuPins); break;
      case -2: o.vcpuPins = r.href(o.vcpuPins); break;
      default: r.corrupt('cpu_tune');
    }
  }
}

function readCpuType(r: TapeReader): t.CpuType {
  const o = new C_CpuType();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.name = r.str(); break;
      case 3: o.level = r.num(); break;
      case 4: o.architecture = r.enumValue(E_Architecture); break;
      default: r.corrupt('cpu_type');
    }
  }
}

function readCpuTypeList(r: TapeReader, list: List<t.CpuType> | undefined): List<t.CpuType> {
  const a: List<t.CpuType> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readCpuType(r));
  return a;
}

function readCustomProperty(r: TapeReader): t.CustomProperty {
  const o = new C_CustomProperty();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.name = r.str(); break;
      case 3: o.value = r.str(); break;
      case 4: o.regexp = r.str(); break;
      default: r.corrupt('custom_property');
    }
  }
}

function readCustomPropertyList(r: TapeReader, list: List<t.CustomProperty> | undefined): List<t.CustomProperty> {
  const a: List<t.CustomProperty> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readCustomProperty(r));
  return a;
}

function readDataCenter(r: TapeReader): t.DataCenter {
  const o = new C_DataCenter();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.local = r.bool(); break;
      case 3: o.storageFormat = r.enumValue(E_StorageFormat); break;
      case 4: o.version = readVersion(r); break;
      case 5: o.supportedVersions = readVersionList(r, o.supportedVersions); break;
      case -5: o.supportedVersions = r.href(o.supportedVersions); break;
      case 6: o.status = r.enumValue(E_DataCenterStatus); break;
      case 7: o.quotaMode = r.enumValue(E_QuotaModeType); break;
      case 8: o.id = r.str(); break;
      case 9: o.name = r.str(); break;
      case 10: o.description = r.str(); break;
      case 11: o.comment = r.str(); break;
      case 12: o.macPool = readMacPool(r); break;
      case 13: o.storageDomains = readStorageDomainList(r, o.storageDomains); break;
      case -13: o.storageDomains = r.href(o.storageDomains); break;
      case 14: o.clusters = readClusterList(r, o.clusters); break;
      case -14: o.clusters = r.href(o.clusters); break;
      case 15: o.networks = readNetworkList(r, o.networks); break;
      case -15: o.networks = r.href(o.networks); break;
      case 16: o.permissions = readPermissionList(r, o.permissions); break;
      case -16: o.permissions = r.href(o.permissions); break;
      case 17: o.quotas = readQuotaList(r, o.quotas); break;
      case -17: o.quotas = r.href(o.quotas); break;
      case 18: o.qoss = readQosList(r, o.qoss); break;
      case -18: o.qoss = r.href(o.qoss); break;
      case 19: o.iscsiBonds = readIscsiBondList(r, o.iscsiBonds); break;
      case -19: o.iscsiBonds = r.href(o.iscsiBonds); break;
      default: r.corrupt('data_center');
    }
  }
}

function readDataCenterList(r: TapeReader, list: List<t.DataCenter> | undefined): List<t.DataCenter> {
  const a: List<t.DataCenter> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readDataCenter(r));
  return a;
}

function readDevice(r: TapeReader): t.Device {
  const o = new C_Device();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.template = readTemplate(r); break;
      case 7: o.instanceType = readInstanceType(r); break;
      case 8: o.vms = readVmList(r, o.vms); break;
      case -8: o.vms = r.href(o.vms); break;
      case 9: o.vm = readVm(r); break;
      default: r.corrupt('device');
    }
  }
}

function readDisk(r: TapeReader): t.Disk {
  const o = new C_Disk();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.alias = r.str(); break;
      case 3: o.imageId = r.str(); break;
      case 4: o.provisionedSize = r.num(); break;
      case 5: o.initialSize = r.num(); break;
      case 6: o.actualSize = r.num(); break;
      case 7: o.totalSize = r.num(); break;
      case 8: o.status = r.enumValue(E_DiskStatus); break;
      case 9: o.interface = r.enumValue(E_DiskInterface); break;
      case 10: o.format = r.enumValue(E_DiskFormat); break;
      case 11: o.qcowVersion = r.enumValue(E_QcowVersion); break;
      case 12: o.sparse = r.bool(); break;
      case 13: o.bootable = r.bool(); break;
      case 14: o.shareable = r.bool(); break;
      case 15: o.wipeAfterDelete = r.bool(); break;
      case 16: o.propagateErrors = r.bool(); break;
      case 17: o.active = r.bool(); break;
      case 18: o.backup = r.enumValue(E_DiskBackup); break;
      case 19: o.backupMode = r.enumValue(E_DiskBackupMode); break;
      case 20: o.readOnly = r.bool(); break;
      case 21: o.lunStorage = readHostStorage(r); break;
      case 22: o.sgio = r.enumValue(E_ScsiGenericIO); break;
      case 23: o.usesScsiReservation = r.bool(); break;
      case 24: o.storageType = r.enumValue(E_DiskStorageType); break;
      case 25: o.logicalName = r.str(); break;
      case 26: o.contentType = r.enumValue(E_DiskContentType); break;
      case 27: o.externalDisk = r.str(); break;
      case 28: o.id = r.str(); break;
      case 29: o.name = r.str(); break;
      case 30: o.description = r.str(); break;
      case 31: o.comment = r.str(); break;
      case 32: o.template = readTemplate(r); break;
      case 33: o.instanceType = readInstanceType(r); break;
      case 34: o.vms = readVmList(r, o.vms); break;
      case -34: o.vms = r.href(o.vms); break;
      case 35: o.vm = readVm(r); break;
      case 36: o.storageDomain = readStorageDomain(r); break;
      case 37: o.storageDomains = readStorageDomainList(r, o.storageDomains); break;
      case -37: o.storageDomains = r.href(o.storageDomains); break;
      case 38: o.quota = readQuota(r); break;
      case 39: o.diskProfile = readDiskProfile(r); break;
      case 40: o.snapshot = readSnapshot(r); break;
      case 41: o.openstackVolumeType = readOpenStackVolumeType(r); break;
      case 42: o.permissions = readPermissionList(r, o.permissions); break;
      case -42: o.permissions = r.href(o.permissions); break;
      case 43: o.diskSnapshots = readDiskSnapshotList(r, o.diskSnapshots); break;
      case -43: o.diskSnapshots = r.href(o.diskSnapshots); break;
      case 44: o.statistics = readStatisticList(r, o.statistics); break;
      case -44: o.statistics = r.href(o.statistics); break;
      default: r.corrupt('disk');
    }
  }
}

function readDiskList(r: TapeReader, list: List<t.Disk> | undefined): List<t.Disk> {
  const a: List<t.Disk> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readDisk(r));
  return a;
}

function readDiskAttachment(r: TapeReader): t.DiskAttachment {
  const o = new C_DiskAttachment();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.bootable = r.bool(); break;
      case 3: o.passDiscard = r.bool(); break;
      case 4: o.interface = r.enumValue(E_DiskInterface); break;
      case 5: o.usesScsiReservation = r.bool(); break;
      case 6: o.active = r.bool(); break;
      case 7: o.logicalName = r.str(); break;
      case 8: o.readOnly = r.bool(); break;
      case 9: o.id = r.str(); break;
      case 10: o.name = r.str(); break;
      case 11: o.description = r.str(); break;
      case 12: o.comment = r.str(); break;
      case 13: o.disk = readDisk(r); break;
      case 14: o.vm = readVm(r); break;
      case 15: o.template = readTemplate(r); break;
      default: r.corrupt('disk_attachment');
    }
  }
}

function readDiskAttachmentList(r: TapeReader, list: List<t.DiskAttachment> | undefined): List<t.DiskAttachment> {
  const a: List<t.DiskAttachment> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readDiskAttachment(r));
  return a;
}

function readDiskProfile(r: TapeReader): t.DiskProfile {
  const o = new C_DiskProfile();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.qos = readQos(r); break;
      case 7: o.storageDomain = readStorageDomain(r); break;
      case 8: o.permissions = readPermissionList(r, o.permissions); break;
      case -8: o.permissions = r.href(o.permissions); break;
      default: r.corrupt('disk_profile');
    }
  }
}

function readDiskProfileList(r: TapeReader, list: List<t.DiskProfile> | undefined): List<t.DiskProfile> {
  const a: List<t.DiskProfile> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readDiskProfile(r));
  return a;
}

function readDiskSnapshot(r: TapeReader): t.DiskSnapshot {
  const o = new C_DiskSnapshot();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.alias = r.str(); break;
      case 3: o.imageId = r.str(); break;
      case 4: o.provisionedSize = r.num(); break;
      case 5: o.initialSize = r.num(); break;
      case 6: o.actualSize = r.num(); break;
      case 7: o.totalSize = r.num(); break;
      case 8: o.status = r.enumValue(E_DiskStatus); break;
      case 9: o.interface = r.enumValue(E_DiskInterface); break;
      case 10: o.format = r.enumValue(E_DiskFormat); break;
      case 11: o.qcowVersion = r.enumValue(E_QcowVersion); break;
      case 12: o.sparse = r.bool(); break;
      case 13: o.bootable = r.bool(); break;
      case 14: o.shareable = r.bool(); break;
      case 15: o.wipeAfterDelete = r.bool(); break;
      case 16: o.propagateErrors = r.bool(); break;
      case 17: o.active = r.bool(); break;
      case 18: o.backup = r.enumValue(E_DiskBackup); break;
      case 19: o.backupMode = r.enumValue(E_DiskBackupMode); break;
      case 20: o.readOnly = r.bool(); break;
      case 21: o.lunStorage = readHostStorage(r); break;
      case 22: o.sgio = r.enumValue(E_ScsiGenericIO); break;
      case 23: o.usesScsiReservation = r.bool(); break;
      case 24: o.storageType = r.enumValue(E_DiskStorageType); break;
      case 25: o.logicalName = r.str(); break;
      case 26: o.contentType = r.enumValue(E_DiskContentType); break;
      case 27: o.externalDisk = r.str(); break;
      case 28: o.id = r.str(); break;
      case 29: o.name = r.str(); break;
      case 30: o.description = r.str(); break;
      case 31: o.comment = r.str(); break;
      case 32: o.template = readTemplate(r); break;
      case 33: o.instanceType = readInstanceType(r); break;
      case 34: o.vms = readVmList(r, o.vms); break;
      case -34: o.vms = r.href(o.vms); break;
      case 35: o.vm = readVm(r); break;
      case 36: o.storageDomain = readStorageDomain(r); break;
      case 37: o.storageDomains = readStorageDomainList(r, o.storageDomains); break;
      case -37: o.storageDomains = r.href(o.storageDomains); break;
      case 38: o.quota = readQuota(r); break;
      case 39: o.diskProfile = readDiskProfile(r); break;
      case 40: o.snapshot = readSnapshot(r); break;
      case 41: o.openstackVolumeType = readOpenStackVolumeType(r); break;
      case 42: o.permissions = readPermissionList(r, o.permissions); break;
      case -42: o.permissions = r.href(o.permissions); break;
      case 43: o.diskSnapshots = readDiskSnapshotList(r, o.diskSnapshots); break;
      case -43: o.diskSnapshots = r.href(o.diskSnapshots); break;
      case 44: o.statistics = readStatisticList(r, o.statistics); break;
      case -44: o.statistics = r.href(o.statistics); break;
      case 45: o.disk = readDisk(r); break;
      case 46: o.parent = readDiskSnapshot(r); break;
      default: r.corrupt('disk_snapshot');
    }
  }
}

function readDiskSnapshotList(r: TapeReader, list: List<t.DiskSnapshot> | undefined): List<t.DiskSnapshot> {
  const a: List<t.DiskSnapshot> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readDiskSnapshot(r));
  return a;
}

function readDisplay(r: TapeReader): t.Display {
  const o = new C_Display();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.enumValue(E_DisplayType); break;
      case 3: o.videoType = r.enumValue(E_VideoType); break;
      case 4: o.address = r.str(); break;
      case 5: o.port = r.num(); break;
      case 6: o.securePort = r.num(); break;
      case 7: o.monitors = r.num(); break;
      case 8: o.singleQxlPci = r.bool(); break;
      case 9: o.allowOverride = r.bool(); break;
      case 10: o.certificate = readCertificate(r); break;
      case 11: o.smartcardEnabled = r.bool(); break;
      case 12: o.keyboardLayout = r.str(); break;
      case 13: o.proxy = r.str(); break;
      case 14: o.fileTransferEnabled = r.bool(); break;
      case 15: o.copyPasteEnabled = r.bool(); break;
      case 16: o.disconnectAction = r.str(); break;
      case 17: o.disconnectActionDelay = r.num(); break;
      default: r.corrupt('display');
    }
  }
}

function readDns(r: TapeReader): t.Dns {
  const o = new C_Dns();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.servers = readHostList(r, o.servers); break;
      case -2: o.servers = r.href(o.servers); break;
      case 3: o.searchDomains = readHostList(r, o.searchDomains); break;
      case -3: o.searchDomains = r.href(o.searchDomains); break;
      default: r.corrupt('dns');
    }
  }
}

function readDnsResolverConfiguration(r: TapeReader): t.DnsResolverConfiguration {
  const o = new C_DnsResolverConfiguration();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.nameServers = r.strList(o.nameServers); break;
      case -2: o.nameServers = r.href(o.nameServers); break;
      default: r.corrupt('dns_resolver_configuration');
    }
  }
}

function readDomain(r: TapeReader): t.Domain {
  const o = new C_Domain();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.user = readUser(r); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.groups = readGroupList(r, o.groups); break;
      case -7: o.groups = r.href(o.groups); break;
      case 8: o.users = readUserList(r, o.users); break;
      case -8: o.users = r.href(o.users); break;
      default: r.corrupt('domain');
    }
  }
}

function readDynamicCpu(r: TapeReader): t.DynamicCpu {
  const o = new C_DynamicCpu();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.topology = readCpuTopology(r); break;
      case 3: o.cpuTune = readCpuTune(r); break;
      default: r.corrupt('dynamic_cpu');
    }
  }
}

function readEngineBackupInfo(r: TapeReader): t.EngineBackupInfo {
  const o = new C_EngineBackupInfo();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.lastEngineBackup = r.date(); break;
      case 3: o.lastDbBackup = r.date(); break;
      case 4: o.lastDwhBackup = r.date(); break;
      case 5: o.lastCinderBackup = r.date(); break;
      case 6: o.lastKeycloakBackup = r.date(); break;
      case 7: o.lastGrafanaBackup = r.date(); break;
      default: r.corrupt('engine_backup_info');
    }
  }
}

function readEntityProfileDetail(r: TapeReader): t.EntityProfileDetail {
  const o = new C_EntityProfileDetail();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.profileDetails = readProfileDetailList(r, o.profileDetails); break;
      case -2: o.profileDetails = r.href(o.profileDetails); break;
      default: r.corrupt('entity_profile_detail');
    }
  }
}

function readErrorHandling(r: TapeReader): t.ErrorHandling {
  const o = new C_ErrorHandling();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.onError = r.enumValue(E_MigrateOnError); break;
      default: r.corrupt('error_handling');
    }
  }
}

function readEvent(r: TapeReader): t.Event {
  const o = new C_Event();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.index = r.num(); break;
      case 3: o.code = r.num(); break;
      case 4: o.severity = r.enumValue(E_LogSeverity); break;
      case 5: o.time = r.date(); break;
      case 6: o.correlationId = r.str(); break;
      case 7: o.origin = r.str(); break;
      case 8: o.customId = r.num(); break;
      case 9: o.floodRate = r.num(); break;
      case 10: o.logOnHost = r.bool(); break;
      case 11: o.customData = r.str(); break;
      case 12: o.id = r.str(); break;
      case 13: o.name = r.str(); break;
      case 14: o.description = r.str(); break;
      case 15: o.comment = r.str(); break;
      case 16: o.user = readUser(r); break;
      case 17: o.vm = readVm(r); break;
      case 18: o.storageDomain = readStorageDomain(r); break;
      case 19: o.host = readHost(r); break;
      case 20: o.template = readTemplate(r); break;
      case 21: o.cluster = readCluster(r); break;
      case 22: o.dataCenter = readDataCenter(r); break;
      default: r.corrupt('event');
    }
  }
}

function readEventSubscription(r: TapeReader): t.EventSubscription {
  const o = new C_EventSubscription();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.event = r.enumValue(E_NotifiableEvent); break;
      case 3: o.user = readUser(r); break;
      case 4: o.notificationMethod = r.enumValue(E_NotificationMethod); break;
      case 5: o.address = r.str(); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      default: r.corrupt('event_subscription');
    }
  }
}

function readExternalComputeResource(r: TapeReader): t.ExternalComputeResource {
  const o = new C_ExternalComputeResource();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.provider = r.str(); break;
      case 3: o.user = r.str(); break;
      case 4: o.url = r.str(); break;
      case 5: o.id = r.str(); break;
      case 6: o.name = r.str(); break;
      case 7: o.description = r.str(); break;
      case 8: o.comment = r.str(); break;
      case 9: o.externalHostProvider = readExternalHostProvider(r); break;
      default: r.corrupt('external_compute_resource');
    }
  }
}

function readExternalComputeResourceList(r: TapeReader, list: List<t.ExternalComputeResource> | undefined): List<t.ExternalComputeResource> {
  const a: List<t.ExternalComputeResource> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readExternalComputeResource(r));
  return a;
}

function readExternalDiscoveredHost(r: TapeReader): t.ExternalDiscoveredHost {
  const o = new C_ExternalDiscoveredHost();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.ip = r.str(); break;
      case 3: o.mac = r.str(); break;
      case 4: o.subnetName = r.str(); break;
      case 5: o.lastReport = r.str(); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      case 10: o.externalHostProvider = readExternalHostProvider(r); break;
      default: r.corrupt('external_discovered_host');
    }
  }
}

function readExternalDiscoveredHostList(r: TapeReader, list: List<t.ExternalDiscoveredHost> | undefined): List<t.ExternalDiscoveredHost> {
  const a: List<t.ExternalDiscoveredHost> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readExternalDiscoveredHost(r));
  return a;
}

function readExternalHost(r: TapeReader): t.ExternalHost {
  const o = new C_ExternalHost();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.address = r.str(); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.externalHostProvider = readExternalHostProvider(r); break;
      default: r.corrupt('external_host');
    }
  }
}

function readExternalHostGroup(r: TapeReader): t.ExternalHostGroup {
  const o = new C_ExternalHostGroup();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.architectureName = r.str(); break;
      case 3: o.operatingSystemName = r.str(); break;
      case 4: o.domainName = r.str(); break;
      case 5: o.subnetName = r.str(); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      case 10: o.externalHostProvider = readExternalHostProvider(r); break;
      default: r.corrupt('external_host_group');
    }
  }
}

function readExternalHostGroupList(r: TapeReader, list: List<t.ExternalHostGroup> | undefined): List<t.ExternalHostGroup> {
  const a: List<t.ExternalHostGroup> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readExternalHostGroup(r));
  return a;
}

function readExternalHostProvider(r: TapeReader): t.ExternalHostProvider {
  const o = new C_ExternalHostProvider();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.url = r.str(); break;
      case 3: o.requiresAuthentication = r.bool(); break;
      case 4: o.username = r.str(); break;
      case 5: o.password = r.str(); break;
      case 6: o.authenticationUrl = r.str(); break;
      case 7: o.properties = readPropertyList(r, o.properties); break;
      case -7: o.properties = r.href(o.properties); break;
      case 8: o.id = r.str(); break;
      case 9: o.name = r.str(); break;
      case 10: o.description = r.str(); break;
      case 11: o.comment = r.str(); break;
      case 12: o.certificates = readCertificateList(r, o.certificates); break;
      case -12: o.certificates = r.href(o.certificates); break;
      case 13: o.computeResources = readExternalComputeResourceList(r, o.computeResources); break;
      case -13: o.computeResources = r.href(o.computeResources); break;
      case 14: o.discoveredHosts = readExternalDiscoveredHostList(r, o.discoveredHosts); break;
      case -14: o.discoveredHosts = r.href(o.discoveredHosts); break;
      case 15: o.hostGroups = readExternalHostGroupList(r, o.hostGroups); break;
      case -15: o.hostGroups = r.href(o.hostGroups); break;
      case 16: o.hosts = readHostList(r, o.hosts); break;
      case -16: o.hosts = r.href(o.hosts); break;
      default: r.corrupt('external_host_provider');
    }
  }
}

function readExternalNetworkProviderConfiguration(r: TapeReader): t.ExternalNetworkProviderConfiguration {
  const o = new C_ExternalNetworkProviderConfiguration();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.externalNetworkProvider = readExternalProvider(r); break;
      case 7: o.host = readHost(r); break;
      default: r.corrupt('external_network_provider_configuration');
    }
  }
}

function readExternalNetworkProviderConfigurationList(r: TapeReader, list: List<t.ExternalNetworkProviderConfiguration> | undefined): List<t.ExternalNetworkProviderConfiguration> {
  const a: List<t.ExternalNetworkProviderConfiguration> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readExternalNetworkProviderConfiguration(r));
  return a;
}

function readExternalProvider(r: TapeReader): t.ExternalProvider {
  const o = new C_ExternalProvider();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.url = r.str(); break;
      case 3: o.requiresAuthentication = r.bool(); break;
      case 4: o.username = r.str(); break;
      case 5: o.password = r.str(); break;
      case 6: o.authenticationUrl = r.str(); break;
      case 7: o.properties = readPropertyList(r, o.properties); break;
      case -7: o.properties = r.href(o.properties); break;
      case 8: o.id = r.str(); break;
      case 9: o.name = r.str(); break;
      case 10: o.description = r.str(); break;
      case 11: o.comment = r.str(); break;
      default: r.corrupt('external_provider');
    }
  }
}

function readExternalProviderList(r: TapeReader, list: List<t.ExternalProvider> | undefined): List<t.ExternalProvider> {
  const a: List<t.ExternalProvider> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readExternalProvider(r));
  return a;
}

function readExternalTemplateImport(r: TapeReader): t.ExternalTemplateImport {
  const o = new C_ExternalTemplateImport();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.url = r.str(); break;
      case 3: o.clone = r.bool(); break;
      case 4: o.template = readTemplate(r); break;
      case 5: o.cluster = readCluster(r); break;
      case 6: o.storageDomain = readStorageDomain(r); break;
      case 7: o.host = readHost(r); break;
      case 8: o.cpuProfile = readCpuProfile(r); break;
      case 9: o.quota = readQuota(r); break;
      default: r.corrupt('external_template_import');
    }
  }
}

function readExternalVmImport(r: TapeReader): t.ExternalVmImport {
  const o = new C_ExternalVmImport();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.provider = r.enumValue(E_ExternalVmProviderType); break;
      case 3: o.url = r.str(); break;
      case 4: o.username = r.str(); break;
      case 5: o.password = r.str(); break;
      case 6: o.name = r.str(); break;
      case 7: o.sparse = r.bool(); break;
      case 8: o.vm = readVm(r); break;
      case 9: o.cluster = readCluster(r); break;
      case 10: o.storageDomain = readStorageDomain(r); break;
      case 11: o.cpuProfile = readCpuProfile(r); break;
      case 12: o.quota = readQuota(r); break;
      case 13: o.host = readHost(r); break;
      case 14: o.driversIso = readFile(r); break;
      default: r.corrupt('external_vm_import');
    }
  }
}

function readFencingPolicy(r: TapeReader): t.FencingPolicy {
  const o = new C_FencingPolicy();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.enabled = r.bool(); break;
      case 3: o.skipIfSdActive = readSkipIfSdActive(r); break;
      case 4: o.skipIfConnectivityBroken = readSkipIfConnectivityBroken(r); break;
      case 5: o.skipIfGlusterBricksUp = r.bool(); break;
      case 6: o.skipIfGlusterQuorumNotMet = r.bool(); break;
      default: r.corrupt('fencing_policy');
    }
  }
}

function readFile(r: TapeReader): t.File {
  const o = new C_File();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.content = r.str(); break;
      case 3: o.type = r.str(); break;
      case 4: o.id = r.str(); break;
      case 5: o.name = r.str(); break;
      case 6: o.description = r.str(); break;
      case 7: o.comment = r.str(); break;
      case 8: o.storageDomain = readStorageDomain(r); break;
      default: r.corrupt('file');
    }
  }
}

function readFileList(r: TapeReader, list: List<t.File> | undefined): List<t.File> {
  const a: List<t.File> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readFile(r));
  return a;
}

function readFilter(r: TapeReader): t.Filter {
  const o = new C_Filter();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.position = r.num(); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.schedulingPolicyUnit = readSchedulingPolicyUnit(r); break;
      default: r.corrupt('filter');
    }
  }
}

function readFilterList(r: TapeReader, list: List<t.Filter> | undefined): List<t.Filter> {
  const a: List<t.Filter> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readFilter(r));
  return a;
}

function readFloppy(r: TapeReader): t.Floppy {
  const o = new C_Floppy();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.file = readFile(r); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.template = readTemplate(r); break;
      case 8: o.instanceType = readInstanceType(r); break;
      case 9: o.vms = readVmList(r, o.vms); break;
      case -9: o.vms = r.href(o.vms); break;
      case 10: o.vm = readVm(r); break;
      default: r.corrupt('floppy');
    }
  }
}

function readFloppyList(r: TapeReader, list: List<t.Floppy> | undefined): List<t.Floppy> {
  const a: List<t.Floppy> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readFloppy(r));
  return a;
}

function readFopStatistic(r: TapeReader): t.FopStatistic {
  const o = new C_FopStatistic();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.name = r.str(); break;
      case 3: o.statistics = readStatisticList(r, o.statistics); break;
      case -3: o.statistics = r.href(o.statistics); break;
      default: r.corrupt('fop_statistic');
    }
  }
}

function readFopStatisticList(r: TapeReader, list: List<t.FopStatistic> | undefined): List<t.FopStatistic> {
  const a: List<t.FopStatistic> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readFopStatistic(r));
  return a;
}

function readGlusterBrick(r: TapeReader): t.GlusterBrick {
  const o = new C_GlusterBrick();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.serverId = r.str(); break;
      case 3: o.brickDir = r.str(); break;
      case 4: o.status = r.enumValue(E_GlusterBrickStatus); break;
      case 5: o.port = r.num(); break;
      case 6: o.pid = r.num(); break;
      case 7: o.device = r.str(); break;
      case 8: o.mntOptions = r.str(); break;
      case 9: o.fsName = r.str(); break;
      case 10: o.glusterClients = readGlusterClientList(r, o.glusterClients); break;
      case -10: o.glusterClients = r.href(o.glusterClients); break;
      case 11: o.memoryPools = readGlusterMemoryPoolList(r, o.memoryPools); break;
      case -11: o.memoryPools = r.href(o.memoryPools); break;
      case 12: o.id = r.str(); break;
      case 13: o.name = r.str(); break;
      case 14: o.description = r.str(); break;
      case 15: o.comment = r.str(); break;
      case 16: o.template = readTemplate(r); break;
      case 17: o.instanceType = readInstanceType(r); break;
      case 18: o.vms = readVmList(r, o.vms); break;
      case -18: o.vms = r.href(o.vms); break;
      case 19: o.vm = readVm(r); break;
      case 20: o.glusterVolume = readGlusterVolume(r); break;
      case 21: o.statistics = readStatisticList(r, o.statistics); break;
      case -21: o.statistics = r.href(o.statistics); break;
      default: r.corrupt('gluster_brick');
    }
  }
}

function readGlusterBrickList(r: TapeReader, list: List<t.GlusterBrick> | undefined): List<t.GlusterBrick> {
  const a: List<t.GlusterBrick> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readGlusterBrick(r));
  return a;
}

function readGlusterBrickAdvancedDetails(r: TapeReader): t.GlusterBrickAdvancedDetails {
  const o = new C_GlusterBrickAdvancedDetails();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.port = r.num(); break;
      case 3: o.pid = r.num(); break;
      case 4: o.device = r.str(); break;
      case 5: o.mntOptions = r.str(); break;
      case 6: o.fsName = r.str(); break;
      case 7: o.glusterClients = readGlusterClientList(r, o.glusterClients); break;
      case -7: o.glusterClients = r.href(o.glusterClients); break;
      case 8: o.memoryPools = readGlusterMemoryPoolList(r, o.memoryPools); break;
      case -8: o.memoryPools = r.href(o.memoryPools); break;
      case 9: o.id = r.str(); break;
      case 10: o.name = r.str(); break;
      case 11: o.description = r.str(); break;
      case 12: o.comment = r.str(); break;
      case 13: o.template = readTemplate(r); break;
      case 14: o.instanceType = readInstanceType(r); break;
      case 15: o.vms = readVmList(r, o.vms); break;
      case -15: o.vms = r.href(o.vms); break;
      case 16: o.vm = readVm(r); break;
      default: r.corrupt('gluster_brick_advanced_details');
    }
  }
}

function readGlusterBrickMemoryInfo(r: TapeReader): t.GlusterBrickMemoryInfo {
  const o = new C_GlusterBrickMemoryInfo();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.memoryPools = readGlusterMemoryPoolList(r, o.memoryPools); break;
      case -2: o.memoryPools = r.href(o.memoryPools); break;
      default: r.corrupt('gluster_brick_memory_info');
    }
  }
}

function readGlusterClient(r: TapeReader): t.GlusterClient {
  const o = new C_GlusterClient();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.hostName = r.str(); break;
      case 3: o.clientPort = r.num(); break;
      case 4: o.bytesRead = r.num(); break;
      case 5: o.bytesWritten = r.num(); break;
      default: r.corrupt('gluster_client');
    }
  }
}

function readGlusterClientList(r: TapeReader, list: List<t.GlusterClient> | undefined): List<t.GlusterClient> {
  const a: List<t.GlusterClient> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readGlusterClient(r));
  return a;
}

function readGlusterHook(r: TapeReader): t.GlusterHook {
  const o = new C_GlusterHook();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.glusterCommand = r.str(); break;
      case 3: o.stage = r.enumValue(E_HookStage); break;
      case 4: o.contentType = r.enumValue(E_HookContentType); break;
      case 5: o.checksum = r.str(); break;
      case 6: o.content = r.str(); break;
      case 7: o.conflictStatus = r.num(); break;
      case 8: o.conflicts = r.str(); break;
      case 9: o.status = r.enumValue(E_GlusterHookStatus); break;
      case 10: o.id = r.str(); break;
      case 11: o.name = r.str(); break;
      case 12: o.description = r.str(); break;
      case 13: o.comment = r.str(); break;
      case 14: o.cluster = readCluster(r); break;
      case 15: o.serverHooks = readGlusterServerHookList(r, o.serverHooks); break;
      case -15: o.serverHooks = r.href(o.serverHooks); break;
      default: r.corrupt('gluster_hook');
    }
  }
}

function readGlusterHookList(r: TapeReader, list: List<t.GlusterHook> | undefined): List<t.GlusterHook> {
  const a: List<t.GlusterHook> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readGlusterHook(r));
  return a;
}

function readGlusterMemoryPool(r: TapeReader): t.GlusterMemoryPool {
  const o = new C_GlusterMemoryPool();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.str(); break;
      case 3: o.hotCount = r.num(); break;
      case 4: o.coldCount = r.num(); break;
      case 5: o.paddedSize = r.num(); break;
      case 6: o.allocCount = r.num(); break;
      case 7: o.maxAlloc = r.num(); break;
      case 8: o.poolMisses = r.num(); break;
      case 9: o.maxStdalloc = r.num(); break;
      case 10: o.id = r.str(); break;
      case 11: o.name = r.str(); break;
      case 12: o.description = r.str(); break;
      case 13: o.comment = r.str(); break;
      default: r.corrupt('gluster_memory_pool');
    }
  }
}

function readGlusterMemoryPoolList(r: TapeReader, list: List<t.GlusterMemoryPool> | undefined): List<t.GlusterMemoryPool> {
  const a: List<t.GlusterMemoryPool> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readGlusterMemoryPool(r));
  return a;
}

function readGlusterServerHook(r: TapeReader): t.GlusterServerHook {
  const o = new C_GlusterServerHook();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.contentType = r.enumValue(E_HookContentType); break;
      case 3: o.status = r.enumValue(E_GlusterHookStatus); break;
      case 4: o.checksum = r.str(); break;
      case 5: o.id = r.str(); break;
      case 6: o.name = r.str(); break;
      case 7: o.description = r.str(); break;
      case 8: o.comment = r.str(); break;
      case 9: o.host = readHost(r); break;
      default: r.corrupt('gluster_server_hook');
    }
  }
}

function readGlusterServerHookList(r: TapeReader, list: List<t.GlusterServerHook> | undefined): List<t.GlusterServerHook> {
  const a: List<t.GlusterServerHook> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readGlusterServerHook(r));
  return a;
}

function readGlusterVolume(r: TapeReader): t.GlusterVolume {
  const o = new C_GlusterVolume();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.volumeType = r.enumValue(E_GlusterVolumeType); break;
      case 3: o.transportTypes = r.enumList(o.transportTypes, E_TransportType); break;
      case -3: o.transportTypes = r.href(o.transportTypes); break;
      case 4: o.replicaCount = r.num(); break;
      case 5: o.stripeCount = r.num(); break;
      case 6: o.disperseCount = r.num(); break;
      case 7: o.redundancyCount = r.num(); break;
      case 8: o.options = readOptionList(r, o.options); break;
      case -8: o.options = r.href(o.options); break;
      case 9: o.status = r.enumValue(E_GlusterVolumeStatus); break;
      case 10: o.id = r.str(); break;
      case 11: o.name = r.str(); break;
      case 12: o.description = r.str(); break;
      case 13: o.comment = r.str(); break;
      case 14: o.cluster = readCluster(r); break;
      case 15: o.bricks = readGlusterBrickList(r, o.bricks); break;
      case -15: o.bricks = r.href(o.bricks); break;
      case 16: o.statistics = readStatisticList(r, o.statistics); break;
      case -16: o.statistics = r.href(o.statistics); break;
      default: r.corrupt('gluster_volume');
    }
  }
}

function readGlusterVolumeList(r: TapeReader, list: List<t.GlusterVolume> | undefined): List<t.GlusterVolume> {
  const a: List<t.GlusterVolume> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readGlusterVolume(r));
  return a;
}

function readGlusterVolumeProfileDetails(r: TapeReader): t.GlusterVolumeProfileDetails {
  const o = new C_GlusterVolumeProfileDetails();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.brickProfileDetails = readBrickProfileDetailList(r, o.brickProfileDetails); break;
      case -2: o.brickProfileDetails = r.href(o.brickProfileDetails); break;
      case 3: o.nfsProfileDetails = readNfsProfileDetailList(r, o.nfsProfileDetails); break;
      case -3: o.nfsProfileDetails = r.href(o.nfsProfileDetails); break;
      case 4: o.id = r.str(); break;
      case 5: o.name = r.str(); break;
      case 6: o.description = r.str(); break;
      case 7: o.comment = r.str(); break;
      default: r.corrupt('gluster_volume_profile_details');
    }
  }
}

function readGraphicsConsole(r: TapeReader): t.GraphicsConsole {
  const o = new C_GraphicsConsole();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.protocol = r.enumValue(E_GraphicsType); break;
      case 3: o.port = r.num(); break;
      case 4: o.tlsPort = r.num(); break;
      case 5: o.address = r.str(); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      case 10: o.vm = readVm(r); break;
      case 11: o.template = readTemplate(r); break;
      case 12: o.instanceType = readInstanceType(r); break;
      default: r.corrupt('graphics_console');
    }
  }
}

function readGraphicsConsoleList(r: TapeReader, list: List<t.GraphicsConsole> | undefined): List<t.GraphicsConsole> {
  const a: List<t.GraphicsConsole> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readGraphicsConsole(r));
  return a;
}

function readGroup(r: TapeReader): t.Group {
  const o = new C_Group();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.domainEntryId = r.str(); break;
      case 3: o.namespace = r.str(); break;
      case 4: o.id = r.str(); break;
      case 5: o.name = r.str(); break;
      case 6: o.description = r.str(); break;
      case 7: o.comment = r.str(); break;
      case 8: o.domain = readDomain(r); break;
      case 9: o.roles = readRoleList(r, o.roles); break;
      case -9: o.roles = r.href(o.roles); break;
      case 10: o.permissions = readPermissionList(r, o.permissions); break;
      case -10: o.permissions = r.href(o.permissions); break;
      case 11: o.tags = readTagList(r, o.tags); break;
      case -11: o.tags = r.href(o.tags); break;
      default: r.corrupt('group');
    }
  }
}

function readGroupList(r: TapeReader, list: List<t.Group> | undefined): List<t.Group> {
  const a: List<t.Group> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readGroup(r));
  return a;
}

function readGuestOperatingSystem(r: TapeReader): t.GuestOperatingSystem {
  const o = new C_GuestOperatingSystem();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.architecture = r.str(); break;
      case 3: o.codename = r.str(); break;
      case 4: o.distribution = r.str(); break;
      case 5: o.kernel = readKernel(r); break;
      case 6: o.family = r.str(); break;
      case 7: o.version = readVersion(r); break;
      default: r.corrupt('guest_operating_system');
    }
  }
}

function readHardwareInformation(r: TapeReader): t.HardwareInformation {
  const o = new C_HardwareInformation();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.manufacturer = r.str(); break;
      case 3: o.version = r.str(); break;
      case 4: o.serialNumber = r.str(); break;
      case 5: o.productName = r.str(); break;
      case 6: o.uuid = r.str(); break;
      case 7: o.family = r.str(); break;
      case 8: o.supportedRngSources = r.enumList(o.supportedRngSources, E_RngSource); break;
      case -8: o.supportedRngSources = r.href(o.supportedRngSources); break;
      default: r.corrupt('hardware_information');
    }
  }
}

function readHighAvailability(r: TapeReader): t.HighAvailability {
  const o = new C_HighAvailability();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.enabled = r.bool(); break;
      case 3: o.priority = r.num(); break;
      default: r.corrupt('high_availability');
    }
  }
}

function readHook(r: TapeReader): t.Hook {
  const o = new C_Hook();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.eventName = r.str(); break;
      case 3: o.md5 = r.str(); break;
      case 4: o.id = r.str(); break;
      case 5: o.name = r.str(); break;
      case 6: o.description = r.str(); break;
      case 7: o.comment = r.str(); break;
      case 8: o.host = readHost(r); break;
      default: r.corrupt('hook');
    }
  }
}

function readHookList(r: TapeReader, list: List<t.Hook> | undefined): List<t.Hook> {
  const a: List<t.Hook> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readHook(r));
  return a;
}

function readHost(r: TapeReader): t.Host {
  const o = new C_Host();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.address = r.str(); break;
      case 3: o.status = r.enumValue(E_HostStatus); break;
      case 4: o.statusDetail = r.str(); break;
      case 5: o.certificate = readCertificate(r); break;
      case 6: o.externalStatus = r.enumValue(E_ExternalStatus); break;
      case 7: o.port = r.num(); break;
      case 8: o.type = r.enumValue(E_HostType); break;
      case 9: o.spm = readSpm(r); break;
      case 10: o.version = readVersion(r); break;
      case 11: o.hardwareInformation = readHardwareInformation(r); break;
      case 12: o.powerManagement = readPowerManagement(r); break;
      case 13: o.ksm = readKsm(r); break;
      case 14: o.transparentHugePages = readTransparentHugePages(r); break;
      case 15: o.iscsi = readIscsiDetails(r); break;
      case 16: o.rootPassword = r.str(); break;
      case 17: o.ssh = readSsh(r); break;
      case 18: o.cpu = readCpu(r); break;
      case 19: o.memory = r.num(); break;
      case 20: o.maxSchedulingMemory = r.num(); break;
      case 21: o.summary = readVmSummary(r); break;
      case 22: o.overrideIptables = r.bool(); break;
      case 23: o.protocol = r.enumValue(E_HostProtocol); break;
      case 24: o.os = readOperatingSystem(r); break;
      case 25: o.libvirtVersion = readVersion(r); break;
      case 26: o.display = readDisplay(r); break;
      case 27: o.hostedEngine = readHostedEngine(r); break;
      case 28: o.kdumpStatus = r.enumValue(E_KdumpStatus); break;
      case 29: o.seLinux = readSeLinux(r); break;
      case 30: o.autoNumaStatus = r.enumValue(E_AutoNumaStatus); break;
      case 31: o.numaSupported = r.bool(); break;
      case 32: o.updateAvailable = r.bool(); break;
      case 33: o.networkOperationInProgress = r.bool(); break;
      case 34: o.reinstallationRequired = r.bool(); break;
      case 35: o.devicePassthrough = readHostDevicePassthrough(r); break;
      case 36: o.vgpuPlacement = r.enumValue(E_VgpuPlacement); break;
      case 37: o.ovnConfigured = r.bool(); break;
      case 38: o.id = r.str(); break;
      case 39: o.name = r.str(); break;
      case 40: o.description = r.str(); break;
      case 41: o.comment = r.str(); break;
      case 42: o.cpuUnits = readHostCpuUnitList(r, o.cpuUnits); break;
      case -42: o.cpuUnits = r.href(o.cpuUnits); break;
      case 43: o.cluster = readCluster(r); break;
      case 44: o.hooks = readHookList(r, o.hooks); break;
      case -44: o.hooks = r.href(o.hooks); break;
      case 45: o.externalHostProvider = readExternalHostProvider(r); break;
      case 46: o.storageConnectionExtensions = readStorageConnectionExtensionList(r, o.storageConnectionExtensions); break;
      case -46: o.storageConnectionExtensions = r.href(o.storageConnectionExtensions); break;
      case 47: o.affinityLabels = readAffinityLabelList(r, o.affinityLabels); break;
      case -47: o.affinityLabels = r.href(o.affinityLabels); break;
      case 48: o.devices = readHostDeviceList(r, o.devices); break;
      case -48: o.devices = r.href(o.devices); break;
      case 49: o.agents = readAgentList(r, o.agents); break;
      case -49: o.agents = r.href(o.agents); break;
      case 50: o.katelloErrata = readKatelloErratumList(r, o.katelloErrata); break;
      case -50: o.katelloErrata = r.href(o.katelloErrata); break;
      case 51: o.networkAttachments = readNetworkAttachmentList(r, o.networkAttachments); break;
      case -51: o.networkAttachments = r.href(o.networkAttachments); break;
      case 52: o.nics = readHostNicList(r, o.nics); break;
      case -52: o.nics = r.href(o.nics); break;
      case 53: o.numaNodes = readNumaNodeList(r, o.numaNodes); break;
      case -53: o.numaNodes = r.href(o.numaNodes); break;
      case 54: o.permissions = readPermissionList(r, o.permissions); break;
      case -54: o.permissions = r.href(o.permissions); break;
      case 55: o.statistics = readStatisticList(r, o.statistics); break;
      case -55: o.statistics = r.href(o.statistics); break;
      case 56: o.storages = readHostStorageList(r, o.storages); break;
      case -56: o.storages = r.href(o.storages); break;
      case 57: o.tags = readTagList(r, o.tags); break;
      case -57: o.tags = r.href(o.tags); break;
      case 58: o.unmanagedNetworks = readUnmanagedNetworkList(r, o.unmanagedNetworks); break;
      case -58: o.unmanagedNetworks = r.href(o.unmanagedNetworks); break;
      case 59: o.externalNetworkProviderConfigurations = readExternalNetworkProviderConfigurationList(r, o.externalNetworkProviderConfigurations); break;
      case -59: o.externalNetworkProviderConfigurations = r.href(o.externalNetworkProviderConfigurations); break;
      default: r.corrupt('host');
    }
  }
}

function readHostList(r: TapeReader, list: List<t.Host> | undefined): List<t.Host> {
  const a: List<t.Host> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readHost(r));
  return a;
}

function readHostCpuUnit(r: TapeReader): t.HostCpuUnit {
  const o = new C_HostCpuUnit();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.socketId = r.num(); break;
      case 3: o.coreId = r.num(); break;
      case 4: o.cpuId = r.num(); break;
      case 5: o.runsVdsm = r.bool(); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      case 10: o.vms = readVmList(r, o.vms); break;
      case -10: o.vms = r.href(o.vms); break;
      default: r.corrupt('host_cpu_unit');
    }
  }
}

function readHostCpuUnitList(r: TapeReader, list: List<t.HostCpuUnit> | undefined): List<t.HostCpuUnit> {
  const a: List<t.HostCpuUnit> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readHostCpuUnit(r));
  return a;
}

function readHostDevice(r: TapeReader): t.HostDevice {
  const o = new C_HostDevice();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.capability = r.str(); break;
      case 3: o.product = readProduct(r); break;
      case 4: o.vendor = readVendor(r); break;
      case 5: o.iommuGroup = r.num(); break;
      case 6: o.physicalFunction = readHostDevice(r); break;
      case 7: o.virtualFunctions = r.num(); break;
      case 8: o.placeholder = r.bool(); break;
      case 9: o.driver = r.str(); break;
      case 10: o.mDevTypes = readMDevTypeList(r, o.mDevTypes); break;
      case -10: o.mDevTypes = r.href(o.mDevTypes); break;
      case 11: o.id = r.str(); break;
      case 12: o.name = r.str(); break;
      case 13: o.description = r.str(); break;
      case 14: o.comment = r.str(); break;
      case 15: o.host = readHost(r); break;
      case 16: o.parentDevice = readHostDevice(r); break;
      case 17: o.vm = readVm(r); break;
      default: r.corrupt('host_device');
    }
  }
}

function readHostDeviceList(r: TapeReader, list: List<t.HostDevice> | undefined): List<t.HostDevice> {
  const a: List<t.HostDevice> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readHostDevice(r));
  return a;
}

function readHostDevicePassthrough(r: TapeReader): t.HostDevicePassthrough {
  const o = new C_HostDevicePassthrough();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.enabled = r.bool(); break;
      default: r.corrupt('host_device_passthrough');
    }
  }
}

function readHostNic(r: TapeReader): t.HostNic {
  const o = new C_HostNic();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.mac = readMac(r); break;
      case 3: o.ip = readIp(r); break;
      case 4: o.ipv6 = readIp(r); break;
      case 5: o.baseInterface = r.str(); break;
      case 6: o.vlan = readVlan(r); break;
      case 7: o.bonding = readBonding(r); break;
      case 8: o.bootProtocol = r.enumValue(E_BootProtocol); break;
      case 9: o.ipv6BootProtocol = r.enumValue(E_BootProtocol); break;
      case 10: o.checkConnectivity = r.bool(); break;
      case 11: o.speed = r.num(); break;
      case 12: o.status = r.enumValue(E_NicStatus); break;
      case 13: o.mtu = r.num(); break;
      case 14: o.bridged = r.bool(); break;
      case 15: o.customConfiguration = r.bool(); break;
      case 16: o.overrideConfiguration = r.bool(); break;
      case 17: o.properties = readPropertyList(r, o.properties); break;
      case -17: o.properties = r.href(o.properties); break;
      case 18: o.adAggregatorId = r.num(); break;
      case 19: o.virtualFunctionsConfiguration = readHostNicVirtualFunctionsConfiguration(r); break;
      case 20: o.id = r.str(); break;
      case 21: o.name = r.str(); break;
      case 22: o.description = r.str(); break;
      case 23: o.comment = r.str(); break;
      case 24: o.statistics = readStatisticList(r, o.statistics); break;
      case -24: o.statistics = r.href(o.statistics); break;
      case 25: o.networkLabels = readNetworkLabelList(r, o.networkLabels); break;
      case -25: o.networkLabels = r.href(o.networkLabels); break;
      case 26: o.host = readHost(r); break;
      case 27: o.network = readNetwork(r); break;
      case 28: o.qos = readQos(r); break;
      case 29: o.physicalFunction = readHostNic(r); break;
      default: r.corrupt('host_nic');
    }
  }
}

function readHostNicList(r: TapeReader, list: List<t.HostNic> | undefined): List<t.HostNic> {
  const a: List<t.HostNic> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readHostNic(r));
  return a;
}

function readHostNicVirtualFunctionsConfiguration(r: TapeReader): t.HostNicVirtualFunctionsConfiguration {
  const o = new C_HostNicVirtualFunctionsConfiguration();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.maxNumberOfVirtualFunctions = r.num(); break;
      case 3: o.numberOfVirtualFunctions = r.num(); break;
      case 4: o.allNetworksAllowed = r.bool(); break;
      default: r.corrupt('host_nic_virtual_functions_configuration');
    }
  }
}

function readHostStorage(r: TapeReader): t.HostStorage {
  const o = new C_HostStorage();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.address = r.str(); break;
      case 3: o.type = r.enumValue(E_StorageType); break;
      case 4: o.path = r.str(); break;
      case 5: o.mountOptions = r.str(); break;
      case 6: o.vfsType = r.str(); break;
      case 7: o.nfsVersion = r.enumValue(E_NfsVersion); break;
      case 8: o.nfsTimeo = r.num(); break;
      case 9: o.nfsRetrans = r.num(); break;
      case 10: o.port = r.num(); break;
      case 11: o.target = r.str(); break;
      case 12: o.username = r.str(); break;
      case 13: o.password = r.str(); break;
      case 14: o.portal = r.str(); break;
      case 15: o.logicalUnits = readLogicalUnitList(r, o.logicalUnits); break;
      case -15: o.logicalUnits = r.href(o.logicalUnits); break;
      case 16: o.volumeGroup = readVolumeGroup(r); break;
      case 17: o.overrideLuns = r.bool(); break;
      case 18: o.driverOptions = readPropertyList(r, o.driverOptions); break;
      case -18: o.driverOptions = r.href(o.driverOptions); break;
      case 19: o.driverSensitiveOptions = readPropertyList(r, o.driverSensitiveOptions); break;
      case -19: o.driverSensitiveOptions = r.href(o.driverSensitiveOptions); break;
      case 20: o.id = r.str(); break;
      case 21: o.name = r.str(); break;
      case 22: o.description = r.str(); break;
      case 23: o.comment = r.str(); break;
      case 24: o.host = readHost(r); break;
      default: r.corrupt('host_storage');
    }
  }
}

function readHostStorageList(r: TapeReader, list: List<t.HostStorage> | undefined): List<t.HostStorage> {
  const a: List<t.HostStorage> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readHostStorage(r));
  return a;
}

function readHostedEngine(r: TapeReader): t.HostedEngine {
  const o = new C_HostedEngine();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.configured = r.bool(); break;
      case 3: o.active = r.bool(); break;
      case 4: o.score = r.num(); break;
      case 5: o.globalMaintenance = r.bool(); break;
      case 6: o.localMaintenance = r.bool(); break;
      default: r.corrupt('hosted_engine');
    }
  }
}

function readIcon(r: TapeReader): t.Icon {
  const o = new C_Icon();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.mediaType = r.str(); break;
      case 3: o.data = r.str(); break;
      case 4: o.id = r.str(); break;
      case 5: o.name = r.str(); break;
      case 6: o.description = r.str(); break;
      case 7: o.comment = r.str(); break;
      default: r.corrupt('icon');
    }
  }
}

function readIdentified(r: TapeReader): t.Identified {
  const o = new C_Identified();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      default: r.corrupt('identified');
    }
  }
}

function readImage(r: TapeReader): t.Image {
  const o = new C_Image();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.enumValue(E_ImageFileType); break;
      case 3: o.size = r.num(); break;
      case 4: o.id = r.str(); break;
      case 5: o.name = r.str(); break;
      case 6: o.description = r.str(); break;
      case 7: o.comment = r.str(); break;
      case 8: o.storageDomain = readStorageDomain(r); break;
      default: r.corrupt('image');
    }
  }
}

function readImageList(r: TapeReader, list: List<t.Image> | undefined): List<t.Image> {
  const a: List<t.Image> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readImage(r));
  return a;
}

function readImageTransfer(r: TapeReader): t.ImageTransfer {
  const o = new C_ImageTransfer();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.proxyUrl = r.str(); break;
      case 3: o.transferUrl = r.str(); break;
      case 4: o.phase = r.enumValue(E_ImageTransferPhase); break;
      case 5: o.direction = r.enumValue(E_ImageTransferDirection); break;
      case 6: o.active = r.bool(); break;
      case 7: o.transferred = r.num(); break;
      case 8: o.inactivityTimeout = r.num(); break;
      case 9: o.timeoutPolicy = r.enumValue(E_ImageTransferTimeoutPolicy); break;
      case 10: o.format = r.enumValue(E_DiskFormat); break;
      case 11: o.shallow = r.bool(); break;
      case 12: o.id = r.str(); break;
      case 13: o.name = r.str(); break;
      case 14: o.description = r.str(); break;
      case 15: o.comment = r.str(); break;
      case 16: o.image = readImage(r); break;
      case 17: o.disk = readDisk(r); break;
      case 18: o.snapshot = readDiskSnapshot(r); break;
      case 19: o.host = readHost(r); break;
      case 20: o.backup = readBackup(r); break;
      default: r.corrupt('image_transfer');
    }
  }
}

function readInitialization(r: TapeReader): t.Initialization {
  const o = new C_Initialization();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.configuration = readConfiguration(r); break;
      case 3: o.cloudInit = readCloudInit(r); break;
      case 4: o.hostName = r.str(); break;
      case 5: o.domain = r.str(); break;
      case 6: o.timezone = r.str(); break;
      case 7: o.authorizedSshKeys = r.str(); break;
      case 8: o.regenerateSshKeys = r.bool(); break;
      case 9: o.regenerateIds = r.bool(); break;
      case 10: o.dnsServers = r.str(); break;
      case 11: o.dnsSearch = r.str(); break;
      case 12: o.nicConfigurations = readNicConfigurationList(r, o.nicConfigurations); break;
      case -12: o.nicConfigurations = r.href(o.nicConfigurations); break;
      case 13: o.windowsLicenseKey = r.str(); break;
      case 14: o.rootPassword = r.str(); break;
      case 15: o.customScript = r.str(); break;
      case 16: o.inputLocale = r.str(); break;
      case 17: o.uiLanguage = r.str(); break;
      case 18: o.systemLocale = r.str(); break;
      case 19: o.userLocale = r.str(); break;
      case 20: o.userName = r.str(); break;
      case 21: o.activeDirectoryOu = r.str(); break;
      case 22: o.orgName = r.str(); break;
      case 23: o.cloudInitNetworkProtocol = r.enumValue(E_CloudInitNetworkProtocol); break;
      default: r.corrupt('initialization');
    }
  }
}

function readInstanceType(r: TapeReader): t.InstanceType {
  const o = new C_InstanceType();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.status = r.enumValue(E_TemplateStatus); break;
      case 3: o.vm = readVm(r); break;
      case 4: o.version = readTemplateVersion(r); break;
      case 5: o.type = r.enumValue(E_VmType); break;
      case 6: o.memory = r.num(); break;
      case 7: o.cpu = readCpu(r); break;
      case 8: o.cpuShares = r.num(); break;
      case 9: o.bios = readBios(r); break;
      case 10: o.os = readOperatingSystem(r); break;
      case 11: o.creationTime = r.date(); break;
      case 12: o.origin = r.str(); break;
      case 13: o.stateless = r.bool(); break;
      case 14: o.deleteProtected = r.bool(); break;
      case 15: o.highAvailability = readHighAvailability(r); break;
      case 16: o.display = readDisplay(r); break;
      case 17: o.sso = readSso(r); break;
      case 18: o.rngDevice = readRngDevice(r); break;
      case 19: o.console = readConsole(r); break;
      case 20: o.domain = readDomain(r); break;
      case 21: o.usb = readUsb(r); break;
      case 22: o.soundcardEnabled = r.bool(); break;
      case 23: o.tunnelMigration = r.bool(); break;
      case 24: o.migrationDowntime = r.num(); break;
      case 25: o.virtioScsi = readVirtioScsi(r); break;
      case 26: o.serialNumber = readSerialNumber(r); break;
      case 27: o.startPaused = r.bool(); break;
      case 28: o.migration = readMigrationOptions(r); break;
      case 29: o.io = readIo(r); break;
      case 30: o.customProperties = readCustomPropertyList(r, o.customProperties); break;
      case -30: o.customProperties = r.href(o.customProperties); break;
      case 31: o.customEmulatedMachine = r.str(); break;
      case 32: o.customCpuModel = r.str(); break;
      case 33: o.timeZone = readTimeZone(r); break;
      case 34: o.smallIcon = readIcon(r); break;
      case 35: o.largeIcon = readIcon(r); break;
      case 36: o.initialization = readInitialization(r); break;
      case 37: o.memoryPolicy = readMemoryPolicy(r); break;
      case 38: o.customCompatibilityVersion = readVersion(r); break;
      case 39: o.lease = readStorageDomainLease(r); break;
      case 40: o.storageErrorResumeBehaviour = r.enumValue(E_VmStorageErrorResumeBehaviour); break;
      case 41: o.placementPolicy = readVmPlacementPolicy(r); break;
      case 42: o.multiQueuesEnabled = r.bool(); break;
      case 43: o.virtioScsiMultiQueuesEnabled = r.bool(); break;
      case 44: o.virtioScsiMultiQueues = r.num(); break;
      case 45: o.tpmEnabled = r.bool(); break;
      case 46: o.autoPinningPolicy = r.enumValue(E_AutoPinningPolicy); break;
      case 47: o.cpuPinningPolicy = r.enumValue(E_CpuPinningPolicy); break;
      case 48: o.id = r.str(); break;
      case 49: o.name = r.str(); break;
      case 50: o.description = r.str(); break;
      case 51: o.comment = r.str(); break;
      case 52: o.cluster = readCluster(r); break;
      case 53: o.storageDomain = readStorageDomain(r); break;
      case 54: o.cpuProfile = readCpuProfile(r); break;
      case 55: o.quota = readQuota(r); break;
      case 56: o.cdroms = readCdromList(r, o.cdroms); break;
      case -56: o.cdroms = r.href(o.cdroms); break;
      case 57: o.graphicsConsoles = readGraphicsConsoleList(r, o.graphicsConsoles); break;
      case -57: o.graphicsConsoles = r.href(o.graphicsConsoles); break;
      case 58: o.nics = readNicList(r, o.nics); break;
      case -58: o.nics = r.href(o.nics); break;
      case 59: o.permissions = readPermissionList(r, o.permissions); break;
      case -59: o.permissions = r.href(o.permissions); break;
      case 60: o.tags = readTagList(r, o.tags); break;
      case -60: o.tags = r.href(o.tags); break;
      case 61: o.watchdogs = readWatchdogList(r, o.watchdogs); break;
      case -61: o.watchdogs = r.href(o.watchdogs); break;
      case 62: o.diskAttachments = readDiskAttachmentList(r, o.diskAttachments); break;
      case -62: o.diskAttachments = r.href(o.diskAttachments); break;
      case 63: o.mediatedDevices = readVmMediatedDeviceList(r, o.mediatedDevices); break;
      case -63: o.mediatedDevices = r.href(o.mediatedDevices); break;
      default: r.corrupt('instance_type');
    }
  }
}

function readIo(r: TapeReader): t.Io {
  const o = new C_Io();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.threads = r.num(); break;
      default: r.corrupt('io');
    }
  }
}

function readIp(r: TapeReader): t.Ip {
  const o = new C_Ip();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.address = r.str(); break;
      case 3: o.netmask = r.str(); break;
      case 4: o.gateway = r.str(); break;
      case 5: o.version = r.enumValue(E_IpVersion); break;
      default: r.corrupt('ip');
    }
  }
}

function readIpList(r: TapeReader, list: List<t.Ip> | undefined): List<t.Ip> {
  const a: List<t.Ip> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readIp(r));
  return a;
}

function readIpAddressAssignment(r: TapeReader): t.IpAddressAssignment {
  const o = new C_IpAddressAssignment();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.ip = readIp(r); break;
      case 3: o.assignmentMethod = r.enumValue(E_BootProtocol); break;
      default: r.corrupt('ip_address_assignment');
    }
  }
}

function readIpAddressAssignmentList(r: TapeReader, list: List<t.IpAddressAssignment> | undefined): List<t.IpAddressAssignment> {
  const a: List<t.IpAddressAssignment> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readIpAddressAssignment(r));
  return a;
}

function readIscsiBond(r: TapeReader): t.IscsiBond {
  const o = new C_IscsiBond();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.dataCenter = readDataCenter(r); break;
      case 7: o.storageConnections = readStorageConnectionList(r, o.storageConnections); break;
      case -7: o.storageConnections = r.href(o.storageConnections); break;
      case 8: o.networks = readNetworkList(r, o.networks); break;
      case -8: o.networks = r.href(o.networks); break;
      default: r.corrupt('iscsi_bond');
    }
  }
}

function readIscsiBondList(r: TapeReader, list: List<t.IscsiBond> | undefined): List<t.IscsiBond> {
  const a: List<t.IscsiBond> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readIscsiBond(r));
  return a;
}

function readIscsiDetails(r: TapeReader): t.IscsiDetails {
  const o = new C_IscsiDetails();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.initiator = r.str(); break;
      case 3: o.port = r.num(); break;
      case 4: o.target = r.str(); break;
      case 5: o.username = r.str(); break;
      case 6: o.password = r.str(); break;
      case 7: o.portal = r.str(); break;
      case 8: o.address = r.str(); break;
      case 9: o.serial = r.str(); break;
      case 10: o.vendorId = r.str(); break;
      case 11: o.productId = r.str(); break;
      case 12: o.lunMapping = r.num(); break;
      case 13: o.size = r.num(); break;
      case 14: o.paths = r.num(); break;
      case 15: o.status = r.str(); break;
      case 16: o.volumeGroupId = r.str(); break;
      case 17: o.storageDomainId = r.str(); break;
      case 18: o.diskId = r.str(); break;
      default: r.corrupt('iscsi_details');
    }
  }
}

function readIscsiDetailsList(r: TapeReader, list: List<t.IscsiDetails> | undefined): List<t.IscsiDetails> {
  const a: List<t.IscsiDetails> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readIscsiDetails(r));
  return a;
}

function readJob(r: TapeReader): t.Job {
  const o = new C_Job();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.status = r.enumValue(E_JobStatus); break;
      case 3: o.startTime = r.date(); break;
      case 4: o.endTime = r.date(); break;
      case 5: o.lastUpdated = r.date(); break;
      case 6: o.external = r.bool(); break;
      case 7: o.autoCleared = r.bool(); break;
      case 8: o.id = r.str(); break;
      case 9: o.name = r.str(); break;
      case 10: o.description = r.str(); break;
      case 11: o.comment = r.str(); break;
      case 12: o.owner = readUser(r); break;
      case 13: o.steps = readStepList(r, o.steps); break;
      case -13: o.steps = r.href(o.steps); break;
      default: r.corrupt('job');
    }
  }
}

function readKatelloErratum(r: TapeReader): t.KatelloErratum {
  const o = new C_KatelloErratum();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.title = r.str(); break;
      case 3: o.type = r.str(); break;
      case 4: o.issued = r.date(); break;
      case 5: o.severity = r.str(); break;
      case 6: o.solution = r.str(); break;
      case 7: o.summary = r.str(); break;
      case 8: o.packages = readPackageList(r, o.packages); break;
      case -8: o.packages = r.href(o.packages); break;
      case 9: o.id = r.str(); break;
      case 10: o.name = r.str(); break;
      case 11: o.description = r.str(); break;
      case 12: o.comment = r.str(); break;
      case 13: o.host = readHost(r); break;
      case 14: o.vm = readVm(r); break;
      default: r.corrupt('katello_erratum');
    }
  }
}

function readKatelloErratumList(r: TapeReader, list: List<t.KatelloErratum> | undefined): List<t.KatelloErratum> {
  const a: List<t.KatelloErratum> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readKatelloErratum(r));
  return a;
}

function readKernel(r: TapeReader): t.Kernel {
  const o = new C_Kernel();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.version = readVersion(r); break;
      default: r.corrupt('kernel');
    }
  }
}

function readKsm(r: TapeReader): t.Ksm {
  const o = new C_Ksm();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.enabled = r.bool(); break;
      case 3: o.mergeAcrossNodes = r.bool(); break;
      default: r.corrupt('ksm');
    }
  }
}

function readLinkLayerDiscoveryProtocolElement(r: TapeReader): t.LinkLayerDiscoveryProtocolElement {
  const o = new C_LinkLayerDiscoveryProtocolElement();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.num(); break;
      case 3: o.oui = r.num(); break;
      case 4: o.subtype = r.num(); break;
      case 5: o.properties = readPropertyList(r, o.properties); break;
      case -5: o.properties = r.href(o.properties); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      default: r.corrupt('link_layer_discovery_protocol_element');
    }
  }
}

function readLogicalUnit(r: TapeReader): t.LogicalUnit {
  const o = new C_LogicalUnit();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.address = r.str(); break;
      case 4: o.port = r.num(); break;
      case 5: o.target = r.str(); break;
      case 6: o.username = r.str(); break;
      case 7: o.password = r.str(); break;
      case 8: o.portal = r.str(); break;
      case 9: o.serial = r.str(); break;
      case 10: o.vendorId = r.str(); break;
      case 11: o.productId = r.str(); break;
      case 12: o.lunMapping = r.num(); break;
      case 13: o.size = r.num(); break;
      case 14: o.paths = r.num(); break;
      case 15: o.activePaths = r.num(); break;
      case 16: o.status = r.enumValue(E_LunStatus); break;
      case 17: o.volumeGroupId = r.str(); break;
      case 18: o.storageDomainId = r.str(); break;
      case 19: o.diskId = r.str(); break;
      case 20: o.discardMaxSize = r.num(); break;
      case 21: o.discardZeroesData = r.bool(); break;
      default: r.corrupt('logical_unit');
    }
  }
}

function readLogicalUnitList(r: TapeReader, list: List<t.LogicalUnit> | undefined): List<t.LogicalUnit> {
  const a: List<t.LogicalUnit> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readLogicalUnit(r));
  return a;
}

function readMDevType(r: TapeReader): t.MDevType {
  const o = new C_MDevType();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.name = r.str(); break;
      case 3: o.humanReadableName = r.str(); break;
      case 4: o.availableInstances = r.num(); break;
      case 5: o.description = r.str(); break;
      default: r.corrupt('m_dev_type');
    }
  }
}

function readMDevTypeList(r: TapeReader, list: List<t.MDevType> | undefined): List<t.MDevType> {
  const a: List<t.MDevType> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readMDevType(r));
  return a;
}

function readMac(r: TapeReader): t.Mac {
  const o = new C_Mac();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.address = r.str(); break;
      default: r.corrupt('mac');
    }
  }
}

function readMacPool(r: TapeReader): t.MacPool {
  const o = new C_MacPool();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.allowDuplicates = r.bool(); break;
      case 3: o.defaultPool = r.bool(); break;
      case 4: o.ranges = readRangeList(r, o.ranges); break;
      case -4: o.ranges = r.href(o.ranges); break;
      case 5: o.id = r.str(); break;
      case 6: o.name = r.str(); break;
      case 7: o.description = r.str(); break;
      case 8: o.comment = r.str(); break;
      case 9: o.permissions = readPermissionList(r, o.permissions); break;
      case -9: o.permissions = r.href(o.permissions); break;
      default: r.corrupt('mac_pool');
    }
  }
}

function readMemoryOverCommit(r: TapeReader): t.MemoryOverCommit {
  const o = new C_MemoryOverCommit();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.percent = r.num(); break;
      default: r.corrupt('memory_over_commit');
    }
  }
}

function readMemoryPolicy(r: TapeReader): t.MemoryPolicy {
  const o = new C_MemoryPolicy();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.guaranteed = r.num(); break;
      case 3: o.max = r.num(); break;
      case 4: o.ballooning = r.bool(); break;
      case 5: o.overCommit = readMemoryOverCommit(r); break;
      case 6: o.transparentHugePages = readTransparentHugePages(r); break;
      default: r.corrupt('memory_policy');
    }
  }
}

function readMethod(r: TapeReader): t.Method {
  const o = new C_Method();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.enumValue(E_SsoMethod); break;
      default: r.corrupt('method');
    }
  }
}

function readMethodList(r: TapeReader, list: List<t.Method> | undefined): List<t.Method> {
  const a: List<t.Method> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readMethod(r));
  return a;
}

function readMigrationBandwidth(r: TapeReader): t.MigrationBandwidth {
  const o = new C_MigrationBandwidth();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.assignmentMethod = r.enumValue(E_MigrationBandwidthAssignmentMethod); break;
      case 3: o.customValue = r.num(); break;
      default: r.corrupt('migration_bandwidth');
    }
  }
}

function readMigrationOptions(r: TapeReader): t.MigrationOptions {
  const o = new C_MigrationOptions();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.autoConverge = r.enumValue(E_InheritableBoolean); break;
      case 3: o.compressed = r.enumValue(E_InheritableBoolean); break;
      case 4: o.encrypted = r.enumValue(E_InheritableBoolean); break;
      case 5: o.parallelMigrationsPolicy = r.enumValue(E_ParallelMigrationsPolicy); break;
      case 6: o.customParallelMigrations = r.num(); break;
      case 7: o.bandwidth = readMigrationBandwidth(r); break;
      case 8: o.policy = readMigrationPolicy(r); break;
      default: r.corrupt('migration_options');
    }
  }
}

function readMigrationPolicy(r: TapeReader): t.MigrationPolicy {
  const o = new C_MigrationPolicy();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      default: r.corrupt('migration_policy');
    }
  }
}

function readNetwork(r: TapeReader): t.Network {
  const o = new C_Network();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.ip = readIp(r); break;
      case 3: o.vlan = readVlan(r); break;
      case 4: o.stp = r.bool(); break;
      case 5: o.status = r.enumValue(E_NetworkStatus); break;
      case 6: o.display = r.bool(); break;
      case 7: o.mtu = r.num(); break;
      case 8: o.usages = r.enumList(o.usages, E_NetworkUsage); break;
      case -8: o.usages = r.href(o.usages); break;
      case 9: o.required = r.bool(); break;
      case 10: o.profileRequired = r.bool(); break;
      case 11: o.dnsResolverConfiguration = readDnsResolverConfiguration(r); break;
      case 12: o.vdsmName = r.str(); break;
      case 13: o.portIsolation = r.bool(); break;
      case 14: o.id = r.str(); break;
      case 15: o.name = r.str(); break;
      case 16: o.description = r.str(); break;
      case 17: o.comment = r.str(); break;
      case 18: o.dataCenter = readDataCenter(r); break;
      case 19: o.cluster = readCluster(r); break;
      case 20: o.qos = readQos(r); break;
      case 21: o.networkLabels = readNetworkLabelList(r, o.networkLabels); break;
      case -21: o.networkLabels = r.href(o.networkLabels); break;
      case 22: o.permissions = readPermissionList(r, o.permissions); break;
      case -22: o.permissions = r.href(o.permissions); break;
      case 23: o.vnicProfiles = readVnicProfileList(r, o.vnicProfiles); break;
      case -23: o.vnicProfiles = r.href(o.vnicProfiles); break;
      case 24: o.externalProvider = readOpenStackNetworkProvider(r); break;
      case 25: o.externalProviderPhysicalNetwork = readNetwork(r); break;
      default: r.corrupt('network');
    }
  }
}

function readNetworkList(r: TapeReader, list: List<t.Network> | undefined): List<t.Network> {
  const a: List<t.Network> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readNetwork(r));
  return a;
}

function readNetworkAttachment(r: TapeReader): t.NetworkAttachment {
  const o = new C_NetworkAttachment();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.ipAddressAssignments = readIpAddressAssignmentList(r, o.ipAddressAssignments); break;
      case -2: o.ipAddressAssignments = r.href(o.ipAddressAssignments); break;
      case 3: o.properties = readPropertyList(r, o.properties); break;
      case -3: o.properties = r.href(o.properties); break;
      case 4: o.inSync = r.bool(); break;
      case 5: o.reportedConfigurations = readReportedConfigurationList(r, o.reportedConfigurations); break;
      case -5: o.reportedConfigurations = r.href(o.reportedConfigurations); break;
      case 6: o.dnsResolverConfiguration = readDnsResolverConfiguration(r); break;
      case 7: o.id = r.str(); break;
      case 8: o.name = r.str(); break;
      case 9: o.description = r.str(); break;
      case 10: o.comment = r.str(); break;
      case 11: o.network = readNetwork(r); break;
      case 12: o.hostNic = readHostNic(r); break;
      case 13: o.host = readHost(r); break;
      case 14: o.qos = readQos(r); break;
      default: r.corrupt('network_attachment');
    }
  }
}

function readNetworkAttachmentList(r: TapeReader, list: List<t.NetworkAttachment> | undefined): List<t.NetworkAttachment> {
  const a: List<t.NetworkAttachment> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readNetworkAttachment(r));
  return a;
}

function readNetworkConfiguration(r: TapeReader): t.NetworkConfiguration {
  const o = new C_NetworkConfiguration();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.nics = readNicList(r, o.nics); break;
      case -2: o.nics = r.href(o.nics); break;
      case 3: o.dns = readDns(r); break;
      default: r.corrupt('network_configuration');
    }
  }
}

function readNetworkFilter(r: TapeReader): t.NetworkFilter {
  const o = new C_NetworkFilter();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.version = readVersion(r); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      default: r.corrupt('network_filter');
    }
  }
}

function readNetworkFilterList(r: TapeReader, list: List<t.NetworkFilter> | undefined): List<t.NetworkFilter> {
  const a: List<t.NetworkFilter> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readNetworkFilter(r));
  return a;
}

function readNetworkFilterParameter(r: TapeReader): t.NetworkFilterParameter {
  const o = new C_NetworkFilterParameter();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.value = r.str(); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.nic = readNic(r); break;
      default: r.corrupt('network_filter_parameter');
    }
  }
}

function readNetworkFilterParameterList(r: TapeReader, list: List<t.NetworkFilterParameter> | undefined): List<t.NetworkFilterParameter> {
  const a: List<t.NetworkFilterParameter> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readNetworkFilterParameter(r));
  return a;
}

function readNetworkLabel(r: TapeReader): t.NetworkLabel {
  const o = new C_NetworkLabel();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.network = readNetwork(r); break;
      case 7: o.hostNic = readHostNic(r); break;
      default: r.corrupt('network_label');
    }
  }
}

function readNetworkLabelList(r: TapeReader, list: List<t.NetworkLabel> | undefined): List<t.NetworkLabel> {
  const a: List<t.NetworkLabel> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readNetworkLabel(r));
  return a;
}

function readNfsProfileDetail(r: TapeReader): t.NfsProfileDetail {
  const o = new C_NfsProfileDetail();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.nfsServerIp = r.str(); break;
      case 3: o.profileDetails = readProfileDetailList(r, o.profileDetails); break;
      case -3: o.profileDetails = r.href(o.profileDetails); break;
      default: r.corrupt('nfs_profile_detail');
    }
  }
}

function readNfsProfileDetailList(r: TapeReader, list: List<t.NfsProfileDetail> | undefined): List<t.NfsProfileDetail> {
  const a: List<t.NfsProfileDetail> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readNfsProfileDetail(r));
  return a;
}

function readNic(r: TapeReader): t.Nic {
  const o = new C_Nic();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.linked = r.bool(); break;
      case 3: o.interface = r.enumValue(E_NicInterface); break;
      case 4: o.mac = readMac(r); break;
      case 5: o.plugged = r.bool(); break;
      case 6: o.synced = r.bool(); break;
      case 7: o.bootProtocol = r.enumValue(E_BootProtocol); break;
      case 8: o.onBoot = r.bool(); break;
      case 9: o.id = r.str(); break;
      case 10: o.name = r.str(); break;
      case 11: o.description = r.str(); break;
      case 12: o.comment = r.str(); break;
      case 13: o.template = readTemplate(r); break;
      case 14: o.instanceType = readInstanceType(r); break;
      case 15: o.vms = readVmList(r, o.vms); break;
      case -15: o.vms = r.href(o.vms); break;
      case 16: o.vm = readVm(r); break;
      case 17: o.network = readNetwork(r); break;
      case 18: o.statistics = readStatisticList(r, o.statistics); break;
      case -18: o.statistics = r.href(o.statistics); break;
      case 19: o.vnicProfile = readVnicProfile(r); break;
      case 20: o.networkLabels = readNetworkLabelList(r, o.networkLabels); break;
      case -20: o.networkLabels = r.href(o.networkLabels); break;
      case 21: o.networkAttachments = readNetworkAttachmentList(r, o.networkAttachments); break;
      case -21: o.networkAttachments = r.href(o.networkAttachments); break;
      case 22: o.virtualFunctionAllowedLabels = readNetworkLabelList(r, o.virtualFunctionAllowedLabels); break;
      case -22: o.virtualFunctionAllowedLabels = r.href(o.virtualFunctionAllowedLabels); break;
      case 23: o.virtualFunctionAllowedNetworks = readNetworkList(r, o.virtualFunctionAllowedNetworks); break;
      case -23: o.virtualFunctionAllowedNetworks = r.href(o.virtualFunctionAllowedNetworks); break;
      case 24: o.reportedDevices = readReportedDeviceList(r, o.reportedDevices); break;
      case -24: o.reportedDevices = r.href(o.reportedDevices); break;
      case 25: o.networkFilterParameters = readNetworkFilterParameterList(r, o.networkFilterParameters); break;
      case -25: o.networkFilterParameters = r.href(o.networkFilterParameters); break;
      default: r.corrupt('nic');
    }
  }
}

function readNicList(r: TapeReader, list: List<t.Nic> | undefined): List<t.Nic> {
  const a: List<t.Nic> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readNic(r));
  return a;
}

function readNicConfiguration(r: TapeReader): t.NicConfiguration {
  const o = new C_NicConfiguration();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.name = r.str(); break;
      case 3: o.ip = readIp(r); break;
      case 4: o.bootProtocol = r.enumValue(E_BootProtocol); break;
      case 5: o.ipv6 = readIp(r); break;
      case 6: o.ipv6BootProtocol = r.enumValue(E_BootProtocol); break;
      case 7: o.onBoot = r.bool(); break;
      default: r.corrupt('nic_configuration');
    }
  }
}

function readNicConfigurationList(r: TapeReader, list: List<t.NicConfiguration> | undefined): List<t.NicConfiguration> {
  const a: List<t.NicConfiguration> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readNicConfiguration(r));
  return a;
}

function readNumaNode(r: TapeReader): t.NumaNode {
  const o = new C_NumaNode();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.index = r.num(); break;
      case 3: o.memory = r.num(); break;
      case 4: o.cpu = readCpu(r); break;
      case 5: o.nodeDistance = r.str(); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      case 10: o.host = readHost(r); break;
      case 11: o.statistics = readStatisticList(r, o.statistics); break;
      case -11: o.statistics = r.href(o.statistics); break;
      default: r.corrupt('numa_node');
    }
  }
}

function readNumaNodeList(r: TapeReader, list: List<t.NumaNode> | undefined): List<t.NumaNode> {
  const a: List<t.NumaNode> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readNumaNode(r));
  return a;
}

function readNumaNodePin(r: TapeReader): t.NumaNodePin {
  const o = new C_NumaNodePin();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.hostNumaNode = readNumaNode(r); break;
      case 3: o.pinned = r.bool(); break;
      case 4: o.index = r.num(); break;
      default: r.corrupt('numa_node_pin');
    }
  }
}

function readNumaNodePinList(r: TapeReader, list: List<t.NumaNodePin> | undefined): List<t.NumaNodePin> {
  const a: List<t.NumaNodePin> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readNumaNodePin(r));
  return a;
}

function readOpenStackImage(r: TapeReader): t.OpenStackImage {
  const o = new C_OpenStackImage();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.openstackImageProvider = readOpenStackImageProvider(r); break;
      default: r.corrupt('open_stack_image');
    }
  }
}

function readOpenStackImageList(r: TapeReader, list: List<t.OpenStackImage> | undefined): List<t.OpenStackImage> {
  const a: List<t.OpenStackImage> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readOpenStackImage(r));
  return a;
}

function readOpenStackImageProvider(r: TapeReader): t.OpenStackImageProvider {
  const o = new C_OpenStackImageProvider();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.tenantName = r.str(); break;
      case 3: o.url = r.str(); break;
      case 4: o.requiresAuthentication = r.bool(); break;
      case 5: o.username = r.str(); break;
      case 6: o.password = r.str(); break;
      case 7: o.authenticationUrl = r.str(); break;
      case 8: o.properties = readPropertyList(r, o.properties); break;
      case -8: o.properties = r.href(o.properties); break;
      case 9: o.id = r.str(); break;
      case 10: o.name = r.str(); break;
      case 11: o.description = r.str(); break;
      case 12: o.comment = r.str(); break;
      case 13: o.certificates = readCertificateList(r, o.certificates); break;
      case -13: o.certificates = r.href(o.certificates); break;
      case 14: o.images = readOpenStackImageList(r, o.images); break;
      case -14: o.images = r.href(o.images); break;
      default: r.corrupt('open_stack_image_provider');
    }
  }
}

function readOpenStackNetwork(r: TapeReader): t.OpenStackNetwork {
  const o = new C_OpenStackNetwork();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.openstackNetworkProvider = readOpenStackNetworkProvider(r); break;
      default: r.corrupt('open_stack_network');
    }
  }
}

function readOpenStackNetworkList(r: TapeReader, list: List<t.OpenStackNetwork> | undefined): List<t.OpenStackNetwork> {
  const a: List<t.OpenStackNetwork> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readOpenStackNetwork(r));
  return a;
}

function readOpenStackNetworkProvider(r: TapeReader): t.OpenStackNetworkProvider {
  const o = new C_OpenStackNetworkProvider();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.pluginType = r.enumValue(E_NetworkPluginType); break;
      case 3: o.externalPluginType = r.str(); break;
      case 4: o.agentConfiguration = readAgentConfiguration(r); break;
      case 5: o.readOnly = r.bool(); break;
      case 6: o.type = r.enumValue(E_OpenStackNetworkProviderType); break;
      case 7: o.autoSync = r.bool(); break;
      case 8: o.unmanaged = r.bool(); break;
      case 9: o.userDomainName = r.str(); break;
      case 10: o.projectName = r.str(); break;
      case 11: o.projectDomainName = r.str(); break;
      case 12: o.tenantName = r.str(); break;
      case 13: o.url = r.str(); break;
      case 14: o.requiresAuthentication = r.bool(); break;
      case 15: o.username = r.str(); break;
      case 16: o.password = r.str(); break;
      case 17: o.authenticationUrl = r.str(); break;
      case 18: o.properties = readPropertyList(r, o.properties); break;
      case -18: o.properties = r.href(o.properties); break;
      case 19: o.id = r.str(); break;
      case 20: o.name = r.str(); break;
      case 21: o.description = r.str(); break;
      case 22: o.comment = r.str(); break;
      case 23: o.certificates = readCertificateList(r, o.certificates); break;
      case -23: o.certificates = r.href(o.certificates); break;
      case 24: o.networks = readOpenStackNetworkList(r, o.networks); break;
      case -24: o.networks = r.href(o.networks); break;
      case 25: o.subnets = readOpenStackSubnetList(r, o.subnets); break;
      case -25: o.subnets = r.href(o.subnets); break;
      default: r.corrupt('open_stack_network_provider');
    }
  }
}

function readOpenStackProvider(r: TapeReader): t.OpenStackProvider {
  const o = new C_OpenStackProvider();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.tenantName = r.str(); break;
      case 3: o.url = r.str(); break;
      case 4: o.requiresAuthentication = r.bool(); break;
      case 5: o.username = r.str(); break;
      case 6: o.password = r.str(); break;
      case 7: o.authenticationUrl = r.str(); break;
      case 8: o.properties = readPropertyList(r, o.properties); break;
      case -8: o.properties = r.href(o.properties); break;
      case 9: o.id = r.str(); break;
      case 10: o.name = r.str(); break;
      case 11: o.description = r.str(); break;
      case 12: o.comment = r.str(); break;
      default: r.corrupt('open_stack_provider');
    }
  }
}

function readOpenStackSubnet(r: TapeReader): t.OpenStackSubnet {
  const o = new C_OpenStackSubnet();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.cidr = r.str(); break;
      case 3: o.ipVersion = r.str(); break;
      case 4: o.gateway = r.str(); break;
      case 5: o.dnsServers = r.strList(o.dnsServers); break;
      case -5: o.dnsServers = r.href(o.dnsServers); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      case 10: o.openstackNetwork = readOpenStackNetwork(r); break;
      default: r.corrupt('open_stack_subnet');
    }
  }
}

function readOpenStackSubnetList(r: TapeReader, list: List<t.OpenStackSubnet> | undefined): List<t.OpenStackSubnet> {
  const a: List<t.OpenStackSubnet> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readOpenStackSubnet(r));
  return a;
}

function readOpenStackVolumeProvider(r: TapeReader): t.OpenStackVolumeProvider {
  const o = new C_OpenStackVolumeProvider();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.tenantName = r.str(); break;
      case 3: o.url = r.str(); break;
      case 4: o.requiresAuthentication = r.bool(); break;
      case 5: o.username = r.str(); break;
      case 6: o.password = r.str(); break;
      case 7: o.authenticationUrl = r.str(); break;
      case 8: o.properties = readPropertyList(r, o.properties); break;
      case -8: o.properties = r.href(o.properties); break;
      case 9: o.id = r.str(); break;
      case 10: o.name = r.str(); break;
      case 11: o.description = r.str(); break;
      case 12: o.comment = r.str(); break;
      case 13: o.dataCenter = readDataCenter(r); break;
      case 14: o.certificates = readCertificateList(r, o.certificates); break;
      case -14: o.certificates = r.href(o.certificates); break;
      case 15: o.volumeTypes = readOpenStackVolumeTypeList(r, o.volumeTypes); break;
      case -15: o.volumeTypes = r.href(o.volumeTypes); break;
      case 16: o.authenticationKeys = readOpenstackVolumeAuthenticationKeyList(r, o.authenticationKeys); break;
      case -16: o.authenticationKeys = r.href(o.authenticationKeys); break;
      default: r.corrupt('open_stack_volume_provider');
    }
  }
}

function readOpenStackVolumeType(r: TapeReader): t.OpenStackVolumeType {
  const o = new C_OpenStackVolumeType();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.properties = readPropertyList(r, o.properties); break;
      case -2: o.properties = r.href(o.properties); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.openstackVolumeProvider = readOpenStackVolumeProvider(r); break;
      default: r.corrupt('open_stack_volume_type');
    }
  }
}

function readOpenStackVolumeTypeList(r: TapeReader, list: List<t.OpenStackVolumeType> | undefined): List<t.OpenStackVolumeType> {
  const a: List<t.OpenStackVolumeType> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readOpenStackVolumeType(r));
  return a;
}

function readOpenstackVolumeAuthenticationKey(r: TapeReader): t.OpenstackVolumeAuthenticationKey {
  const o = new C_OpenstackVolumeAuthenticationKey();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.uuid = r.str(); break;
      case 3: o.value = r.str(); break;
      case 4: o.usageType = r.enumValue(E_OpenstackVolumeAuthenticationKeyUsageType); break;
      case 5: o.creationDate = r.date(); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      case 10: o.openstackVolumeProvider = readOpenStackVolumeProvider(r); break;
      default: r.corrupt('openstack_volume_authentication_key');
    }
  }
}

function readOpenstackVolumeAuthenticationKeyList(r: TapeReader, list: List<t.OpenstackVolumeAuthenticationKey> | undefined): List<t.OpenstackVolumeAuthenticationKey> {
  const a: List<t.OpenstackVolumeAuthenticationKey> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readOpenstackVolumeAuthenticationKey(r));
  return a;
}

function readOperatingSystem(r: TapeReader): t.OperatingSystem {
  const o = new C_OperatingSystem();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.str(); break;
      case 3: o.boot = readBoot(r); break;
      case 4: o.kernel = r.str(); break;
      case 5: o.initrd = r.str(); break;
      case 6: o.cmdline = r.str(); break;
      case 7: o.reportedKernelCmdline = r.str(); break;
      case 8: o.customKernelCmdline = r.str(); break;
      case 9: o.description = r.str(); break;
      case 10: o.version = readVersion(r); break;
      default: r.corrupt('operating_system');
    }
  }
}

function readOperatingSystemInfo(r: TapeReader): t.OperatingSystemInfo {
  const o = new C_OperatingSystemInfo();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.largeIcon = readIcon(r); break;
      case 3: o.smallIcon = readIcon(r); break;
      case 4: o.architecture = r.enumValue(E_Architecture); break;
      case 5: o.tpmSupport = r.enumValue(E_TpmSupport); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      default: r.corrupt('operating_system_info');
    }
  }
}

function readOption(r: TapeReader): t.Option {
  const o = new C_Option();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.name = r.str(); break;
      case 3: o.value = r.str(); break;
      case 4: o.type = r.str(); break;
      default: r.corrupt('option');
    }
  }
}

function readOptionList(r: TapeReader, list: List<t.Option> | undefined): List<t.Option> {
  const a: List<t.Option> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readOption(r));
  return a;
}

function readPackage(r: TapeReader): t.Package {
  const o = new C_Package();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.name = r.str(); break;
      default: r.corrupt('package');
    }
  }
}

function readPackageList(r: TapeReader, list: List<t.Package> | undefined): List<t.Package> {
  const a: List<t.Package> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readPackage(r));
  return a;
}

function readPayload(r: TapeReader): t.Payload {
  const o = new C_Payload();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.files = readFileList(r, o.files); break;
      case -2: o.files = r.href(o.files); break;
      case 3: o.volumeId = r.str(); break;
      case 4: o.type = r.enumValue(E_VmDeviceType); break;
      default: r.corrupt('payload');
    }
  }
}

function readPayloadList(r: TapeReader, list: List<t.Payload> | undefined): List<t.Payload> {
  const a: List<t.Payload> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readPayload(r));
  return a;
}

function readPermission(r: TapeReader): t.Permission {
  const o = new C_Permission();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.role = readRole(r); break;
      case 7: o.user = readUser(r); break;
      case 8: o.group = readGroup(r); break;
      case 9: o.dataCenter = readDataCenter(r); break;
      case 10: o.cluster = readCluster(r); break;
      case 11: o.host = readHost(r); break;
      case 12: o.storageDomain = readStorageDomain(r); break;
      case 13: o.vm = readVm(r); break;
      case 14: o.vmPool = readVmPool(r); break;
      case 15: o.template = readTemplate(r); break;
      case 16: o.disk = readDisk(r); break;
      default: r.corrupt('permission');
    }
  }
}

function readPermissionList(r: TapeReader, list: List<t.Permission> | undefined): List<t.Permission> {
  const a: List<t.Permission> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readPermission(r));
  return a;
}

function readPermit(r: TapeReader): t.Permit {
  const o = new C_Permit();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.administrative = r.bool(); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.role = readRole(r); break;
      default: r.corrupt('permit');
    }
  }
}

function readPermitList(r: TapeReader, list: List<t.Permit> | undefined): List<t.Permit> {
  const a: List<t.Permit> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readPermit(r));
  return a;
}

function readPmProxy(r: TapeReader): t.PmProxy {
  const o = new C_PmProxy();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.enumValue(E_PmProxyType); break;
      default: r.corrupt('pm_proxy');
    }
  }
}

function readPmProxyList(r: TapeReader, list: List<t.PmProxy> | undefined): List<t.PmProxy> {
  const a: List<t.PmProxy> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readPmProxy(r));
  return a;
}

function readPortMirroring(r: TapeReader): t.PortMirroring {
  const o = new C_PortMirroring();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      default: r.corrupt('port_mirroring');
    }
  }
}

function readPowerManagement(r: TapeReader): t.PowerManagement {
  const o = new C_PowerManagement();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.enabled = r.bool(); break;
      case 3: o.address = r.str(); break;
      case 4: o.username = r.str(); break;
      case 5: o.password = r.str(); break;
      case 6: o.options = readOptionList(r, o.options); break;
      case -6: o.options = r.href(o.options); break;
      case 7: o.status = r.enumValue(E_PowerManagementStatus); break;
      case 8: o.pmProxies = readPmProxyList(r, o.pmProxies); break;
      case -8: o.pmProxies = r.href(o.pmProxies); break;
      case 9: o.agents = readAgentList(r, o.agents); break;
      case -9: o.agents = r.href(o.agents); break;
      case 10: o.automaticPmEnabled = r.bool(); break;
      case 11: o.kdumpDetection = r.bool(); break;
      case 12: o.type = r.str(); break;
      default: r.corrupt('power_management');
    }
  }
}

function readProduct(r: TapeReader): t.Product {
  const o = new C_Product();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      default: r.corrupt('product');
    }
  }
}

function readProductInfo(r: TapeReader): t.ProductInfo {
  const o = new C_ProductInfo();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.name = r.str(); break;
      case 3: o.vendor = r.str(); break;
      case 4: o.version = readVersion(r); break;
      case 5: o.instanceId = r.str(); break;
      default: r.corrupt('product_info');
    }
  }
}

function readProfileDetail(r: TapeReader): t.ProfileDetail {
  const o = new C_ProfileDetail();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.profileType = r.str(); break;
      case 3: o.duration = r.num(); break;
      case 4: o.statistics = readStatisticList(r, o.statistics); break;
      case -4: o.statistics = r.href(o.statistics); break;
      case 5: o.blockStatistics = readBlockStatisticList(r, o.blockStatistics); break;
      case -5: o.blockStatistics = r.href(o.blockStatistics); break;
      case 6: o.fopStatistics = readFopStatisticList(r, o.fopStatistics); break;
      case -6: o.fopStatistics = r.href(o.fopStatistics); break;
      default: r.corrupt('profile_detail');
    }
  }
}

function readProfileDetailList(r: TapeReader, list: List<t.ProfileDetail> | undefined): List<t.ProfileDetail> {
  const a: List<t.ProfileDetail> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readProfileDetail(r));
  return a;
}

function readProperty(r: TapeReader): t.Property {
  const o = new C_Property();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.name = r.str(); break;
      case 3: o.value = r.str(); break;
      default: r.corrupt('property');
    }
  }
}

function readPropertyList(r: TapeReader, list: List<t.Property> | undefined): List<t.Property> {
  const a: List<t.Property> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readProperty(r));
  return a;
}

function readProxyTicket(r: TapeReader): t.ProxyTicket {
  const o = new C_ProxyTicket();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.value = r.str(); break;
      default: r.corrupt('proxy_ticket');
    }
  }
}

function readQos(r: TapeReader): t.Qos {
  const o = new C_Qos();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.enumValue(E_QosType); break;
      case 3: o.maxThroughput = r.num(); break;
      case 4: o.maxReadThroughput = r.num(); break;
      case 5: o.maxWriteThroughput = r.num(); break;
      case 6: o.maxIops = r.num(); break;
      case 7: o.maxReadIops = r.num(); break;
      case 8: o.maxWriteIops = r.num(); break;
      case 9: o.cpuLimit = r.num(); break;
      case 10: o.inboundAverage = r.num(); break;
      case 11: o.inboundPeak = r.num(); break;
      case 12: o.inboundBurst = r.num(); break;
      case 13: o.outboundAverage = r.num(); break;
      case 14: o.outboundPeak = r.num(); break;
      case 15: o.outboundBurst = r.num(); break;
      case 16: o.outboundAverageLinkshare = r.num(); break;
      case 17: o.outboundAverageUpperlimit = r.num(); break;
      case 18: o.outboundAverageRealtime = r.num(); break;
      case 19: o.id = r.str(); break;
      case 20: o.name = r.str(); break;
      case 21: o.description = r.str(); break;
      case 22: o.comment = r.str(); break;
      case 23: o.dataCenter = readDataCenter(r); break;
      default: r.corrupt('qos');
    }
  }
}

function readQosList(r: TapeReader, list: List<t.Qos> | undefined): List<t.Qos> {
  const a: List<t.Qos> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readQos(r));
  return a;
}

function readQuota(r: TapeReader): t.Quota {
  const o = new C_Quota();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.dataCenter = readDataCenter(r); break;
      case 3: o.vms = readVmList(r, o.vms); break;
      case -3: o.vms = r.href(o.vms); break;
      case 4: o.disks = readDiskList(r, o.disks); break;
      case -4: o.disks = r.href(o.disks); break;
      case 5: o.users = readUserList(r, o.users); break;
      case -5: o.users = r.href(o.users); break;
      case 6: o.clusterSoftLimitPct = r.num(); break;
      case 7: o.clusterHardLimitPct = r.num(); break;
      case 8: o.storageSoftLimitPct = r.num(); break;
      case 9: o.storageHardLimitPct = r.num(); break;
      case 10: o.id = r.str(); break;
      case 11: o.name = r.str(); break;
      case 12: o.description = r.str(); break;
      case 13: o.comment = r.str(); break;
      case 14: o.permissions = readPermissionList(r, o.permissions); break;
      case -14: o.permissions = r.href(o.permissions); break;
      case 15: o.quotaClusterLimits = readQuotaClusterLimitList(r, o.quotaClusterLimits); break;
      case -15: o.quotaClusterLimits = r.href(o.quotaClusterLimits); break;
      case 16: o.quotaStorageLimits = readQuotaStorageLimitList(r, o.quotaStorageLimits); break;
      case -16: o.quotaStorageLimits = r.href(o.quotaStorageLimits); break;
      default: r.corrupt('quota');
    }
  }
}

function readQuotaList(r: TapeReader, list: List<t.Quota> | undefined): List<t.Quota> {
  const a: List<t.Quota> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readQuota(r));
  return a;
}

function readQuotaClusterLimit(r: TapeReader): t.QuotaClusterLimit {
  const o = new C_QuotaClusterLimit();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.vcpuLimit = r.num(); break;
      case 3: o.vcpuUsage = r.num(); break;
      case 4: o.memoryLimit = r.num(); break;
      case 5: o.memoryUsage = r.num(); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      case 10: o.quota = readQuota(r); break;
      case 11: o.cluster = readCluster(r); break;
      default: r.corrupt('quota_cluster_limit');
    }
  }
}

function readQuotaClusterLimitList(r: TapeReader, list: List<t.QuotaClusterLimit> | undefined): List<t.QuotaClusterLimit> {
  const a: List<t.QuotaClusterLimit> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readQuotaClusterLimit(r));
  return a;
}

function readQuotaStorageLimit(r: TapeReader): t.QuotaStorageLimit {
  const o = new C_QuotaStorageLimit();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.limit = r.num(); break;
      case 3: o.usage = r.num(); break;
      case 4: o.id = r.str(); break;
      case 5: o.name = r.str(); break;
      case 6: o.description = r.str(); break;
      case 7: o.comment = r.str(); break;
      case 8: o.quota = readQuota(r); break;
      case 9: o.storageDomain = readStorageDomain(r); break;
      default: r.corrupt('quota_storage_limit');
    }
  }
}

function readQuotaStorageLimitList(r: TapeReader, list: List<t.QuotaStorageLimit> | undefined): List<t.QuotaStorageLimit> {
  const a: List<t.QuotaStorageLimit> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readQuotaStorageLimit(r));
  return a;
}

function readRange(r: TapeReader): t.Range {
  const o = new C_Range();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.from = r.str(); break;
      case 3: o.to = r.str(); break;
      default: r.corrupt('range');
    }
  }
}

function readRangeList(r: TapeReader, list: List<t.Range> | undefined): List<t.Range> {
  const a: List<t.Range> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readRange(r));
  return a;
}

function readRate(r: TapeReader): t.Rate {
  const o = new C_Rate();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.bytes = r.num(); break;
      case 3: o.period = r.num(); break;
      default: r.corrupt('rate');
    }
  }
}

function readRegistrationAffinityGroupMapping(r: TapeReader): t.RegistrationAffinityGroupMapping {
  const o = new C_RegistrationAffinityGroupMapping();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.from = readAffinityGroup(r); break;
      case 3: o.to = readAffinityGroup(r); break;
      default: r.corrupt('registration_affinity_group_mapping');
    }
  }
}

function readRegistrationAffinityGroupMappingList(r: TapeReader, list: List<t.RegistrationAffinityGroupMapping> | undefined): List<t.RegistrationAffinityGroupMapping> {
  const a: List<t.RegistrationAffinityGroupMapping> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readRegistrationAffinityGroupMapping(r));
  return a;
}

function readRegistrationAffinityLabelMapping(r: TapeReader): t.RegistrationAffinityLabelMapping {
  const o = new C_RegistrationAffinityLabelMapping();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.from = readAffinityLabel(r); break;
      case 3: o.to = readAffinityLabel(r); break;
      default: r.corrupt('registration_affinity_label_mapping');
    }
  }
}

function readRegistrationAffinityLabelMappingList(r: TapeReader, list: List<t.RegistrationAffinityLabelMapping> | undefined): List<t.RegistrationAffinityLabelMapping> {
  const a: List<t.RegistrationAffinityLabelMapping> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readRegistrationAffinityLabelMapping(r));
  return a;
}

function readRegistrationClusterMapping(r: TapeReader): t.RegistrationClusterMapping {
  const o = new C_RegistrationClusterMapping();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.from = readCluster(r); break;
      case 3: o.to = readCluster(r); break;
      default: r.corrupt('registration_cluster_mapping');
    }
  }
}

function readRegistrationClusterMappingList(r: TapeReader, list: List<t.RegistrationClusterMapping> | undefined): List<t.RegistrationClusterMapping> {
  const a: List<t.RegistrationClusterMapping> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readRegistrationClusterMapping(r));
  return a;
}

function readRegistrationConfiguration(r: TapeReader): t.RegistrationConfiguration {
  const o = new C_RegistrationConfiguration();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.clusterMappings = readRegistrationClusterMappingList(r, o.clusterMappings); break;
      case -2: o.clusterMappings = r.href(o.clusterMappings); break;
      case 3: o.roleMappings = readRegistrationRoleMappingList(r, o.roleMappings); break;
      case -3: o.roleMappings = r.href(o.roleMappings); break;
      case 4: o.lunMappings = readRegistrationLunMappingList(r, o.lunMappings); break;
      case -4: o.lunMappings = r.href(o.lunMappings); break;
      case 5: o.domainMappings = readRegistrationDomainMappingList(r, o.domainMappings); break;
      case -5: o.domainMappings = r.href(o.domainMappings); break;
      case 6: o.affinityGroupMappings = readRegistrationAffinityGroupMappingList(r, o.affinityGroupMappings); break;
      case -6: o.affinityGroupMappings = r.href(o.affinityGroupMappings); break;
      case 7: o.affinityLabelMappings = readRegistrationAffinityLabelMappingList(r, o.affinityLabelMappings); break;
      case -7: o.affinityLabelMappings = r.href(o.affinityLabelMappings); break;
      case 8: o.vnicProfileMappings = readRegistrationVnicProfileMappingList(r, o.vnicProfileMappings); break;
      case -8: o.vnicProfileMappings = r.href(o.vnicProfileMappings); break;
      default: r.corrupt('registration_configuration');
    }
  }
}

function readRegistrationDomainMapping(r: TapeReader): t.RegistrationDomainMapping {
  const o = new C_RegistrationDomainMapping();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.from = readDomain(r); break;
      case 3: o.to = readDomain(r); break;
      default: r.corrupt('registration_domain_mapping');
    }
  }
}

function readRegistrationDomainMappingList(r: TapeReader, list: List<t.RegistrationDomainMapping> | undefined): List<t.RegistrationDomainMapping> {
  const a: List<t.RegistrationDomainMapping> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readRegistrationDomainMapping(r));
  return a;
}

function readRegistrationLunMapping(r: TapeReader): t.RegistrationLunMapping {
  const o = new C_RegistrationLunMapping();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.from = readDisk(r); break;
      case 3: o.to = readDisk(r); break;
      default: r.corrupt('registration_lun_mapping');
    }
  }
}

function readRegistrationLunMappingList(r: TapeReader, list: List<t.RegistrationLunMapping> | undefined): List<t.RegistrationLunMapping> {
  const a: List<t.RegistrationLunMapping> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readRegistrationLunMapping(r));
  return a;
}

function readRegistrationRoleMapping(r: TapeReader): t.RegistrationRoleMapping {
  const o = new C_RegistrationRoleMapping();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.from = readRole(r); break;
      case 3: o.to = readRole(r); break;
      default: r.corrupt('registration_role_mapping');
    }
  }
}

function readRegistrationRoleMappingList(r: TapeReader, list: List<t.RegistrationRoleMapping> | undefined): List<t.RegistrationRoleMapping> {
  const a: List<t.RegistrationRoleMapping> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readRegistrationRoleMapping(r));
  return a;
}

function readRegistrationVnicProfileMapping(r: TapeReader): t.RegistrationVnicProfileMapping {
  const o = new C_RegistrationVnicProfileMapping();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.from = readVnicProfile(r); break;
      case 3: o.to = readVnicProfile(r); break;
      default: r.corrupt('registration_vnic_profile_mapping');
    }
  }
}

function readRegistrationVnicProfileMappingList(r: TapeReader, list: List<t.RegistrationVnicProfileMapping> | undefined): List<t.RegistrationVnicProfileMapping> {
  const a: List<t.RegistrationVnicProfileMapping> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readRegistrationVnicProfileMapping(r));
  return a;
}

function readReportedConfiguration(r: TapeReader): t.ReportedConfiguration {
  const o = new C_ReportedConfiguration();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.name = r.str(); break;
      case 3: o.expectedValue = r.str(); break;
      case 4: o.actualValue = r.str(); break;
      case 5: o.inSync = r.bool(); break;
      default: r.corrupt('reported_configuration');
    }
  }
}

function readReportedConfigurationList(r: TapeReader, list: List<t.ReportedConfiguration> | undefined): List<t.ReportedConfiguration> {
  const a: List<t.ReportedConfiguration> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readReportedConfiguration(r));
  return a;
}

function readReportedDevice(r: TapeReader): t.ReportedDevice {
  const o = new C_ReportedDevice();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.enumValue(E_ReportedDeviceType); break;
      case 3: o.mac = readMac(r); break;
      case 4: o.ips = readIpList(r, o.ips); break;
      case -4: o.ips = r.href(o.ips); break;
      case 5: o.id = r.str(); break;
      case 6: o.name = r.str(); break;
      case 7: o.description = r.str(); break;
      case 8: o.comment = r.str(); break;
      case 9: o.vm = readVm(r); break;
      default: r.corrupt('reported_device');
    }
  }
}

function readReportedDeviceList(r: TapeReader, list: List<t.ReportedDevice> | undefined): List<t.ReportedDevice> {
  const a: List<t.ReportedDevice> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readReportedDevice(r));
  return a;
}

function readRngDevice(r: TapeReader): t.RngDevice {
  const o = new C_RngDevice();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.rate = readRate(r); break;
      case 3: o.source = r.enumValue(E_RngSource); break;
      default: r.corrupt('rng_device');
    }
  }
}

function readRole(r: TapeReader): t.Role {
  const o = new C_Role();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.mutable = r.bool(); break;
      case 3: o.administrative = r.bool(); break;
      case 4: o.id = r.str(); break;
      case 5: o.name = r.str(); break;
      case 6: o.description = r.str(); break;
      case 7: o.comment = r.str(); break;
      case 8: o.user = readUser(r); break;
      case 9: o.permits = readPermitList(r, o.permits); break;
      case -9: o.permits = r.href(o.permits); break;
      default: r.corrupt('role');
    }
  }
}

function readRoleList(r: TapeReader, list: List<t.Role> | undefined): List<t.Role> {
  const a: List<t.Role> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readRole(r));
  return a;
}

function readSchedulingPolicy(r: TapeReader): t.SchedulingPolicy {
  const o = new C_SchedulingPolicy();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.locked = r.bool(); break;
      case 3: o.defaultPolicy = r.bool(); break;
      case 4: o.properties = readPropertyList(r, o.properties); break;
      case -4: o.properties = r.href(o.properties); break;
      case 5: o.id = r.str(); break;
      case 6: o.name = r.str(); break;
      case 7: o.description = r.str(); break;
      case 8: o.comment = r.str(); break;
      case 9: o.balances = readBalanceList(r, o.balances); break;
      case -9: o.balances = r.href(o.balances); break;
      case 10: o.filters = readFilterList(r, o.filters); break;
      case -10: o.filters = r.href(o.filters); break;
      case 11: o.weight = readWeightList(r, o.weight); break;
      case -11: o.weight = r.href(o.weight); break;
      default: r.corrupt('scheduling_policy');
    }
  }
}

function readSchedulingPolicyUnit(r: TapeReader): t.SchedulingPolicyUnit {
  const o = new C_SchedulingPolicyUnit();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.enumValue(E_PolicyUnitType); break;
      case 3: o.internal = r.bool(); break;
      case 4: o.enabled = r.bool(); break;
      case 5: o.properties = readPropertyList(r, o.properties); break;
      case -5: o.properties = r.href(o.properties); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      default: r.corrupt('scheduling_policy_unit');
    }
  }
}

function readSeLinux(r: TapeReader): t.SeLinux {
  const o = new C_SeLinux();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.mode = r.enumValue(E_SeLinuxMode); break;
      default: r.corrupt('se_linux');
    }
  }
}

function readSerialNumber(r: TapeReader): t.SerialNumber {
  const o = new C_SerialNumber();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.policy = r.enumValue(E_SerialNumberPolicy); break;
      case 3: o.value = r.str(); break;
      default: r.corrupt('serial_number');
    }
  }
}

function readSession(r: TapeReader): t.Session {
  const o = new C_Session();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.protocol = r.str(); break;
      case 3: o.ip = readIp(r); break;
      case 4: o.consoleUser = r.bool(); break;
      case 5: o.id = r.str(); break;
      case 6: o.name = r.str(); break;
      case 7: o.description = r.str(); break;
      case 8: o.comment = r.str(); break;
      case 9: o.user = readUser(r); break;
      case 10: o.vm = readVm(r); break;
      default: r.corrupt('session');
    }
  }
}

function readSessionList(r: TapeReader, list: List<t.Session> | undefined): List<t.Session> {
  const a: List<t.Session> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readSession(r));
  return a;
}

function readSkipIfConnectivityBroken(r: TapeReader): t.SkipIfConnectivityBroken {
  const o = new C_SkipIfConnectivityBroken();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.enabled = r.bool(); break;
      case 3: o.threshold = r.num(); break;
      default: r.corrupt('skip_if_connectivity_broken');
    }
  }
}

function readSkipIfSdActive(r: TapeReader): t.SkipIfSdActive {
  const o = new C_SkipIfSdActive();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.enabled = r.bool(); break;
      default: r.corrupt('skip_if_sd_active');
    }
  }
}

function readSnapshot(r: TapeReader): t.Snapshot {
  const o = new C_Snapshot();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.date = r.date(); break;
      case 3: o.snapshotStatus = r.enumValue(E_SnapshotStatus); break;
      case 4: o.persistMemorystate = r.bool(); break;
      case 5: o.snapshotType = r.enumValue(E_SnapshotType); break;
      case 6: o.status = r.enumValue(E_VmStatus); break;
      case 7: o.statusDetail = r.str(); break;
      case 8: o.stopReason = r.str(); break;
      case 9: o.startTime = r.date(); break;
      case 10: o.stopTime = r.date(); break;
      case 11: o.runOnce = r.bool(); break;
      case 12: o.payloads = readPayloadList(r, o.payloads); break;
      case -12: o.payloads = r.href(o.payloads); break;
      case 13: o.fqdn = r.str(); break;
      case 14: o.useLatestTemplateVersion = r.bool(); break;
      case 15: o.nextRunConfigurationExists = r.bool(); break;
      case 16: o.numaTuneMode = r.enumValue(E_NumaTuneMode); break;
      case 17: o.guestTimeZone = readTimeZone(r); break;
      case 18: o.guestOperatingSystem = readGuestOperatingSystem(r); break;
      case 19: o.hasIllegalImages = r.bool(); break;
      case 20: o.type = r.enumValue(E_VmType); break;
      case 21: o.memory = r.num(); break;
      case 22: o.cpu = readCpu(r); break;
      case 23: o.cpuShares = r.num(); break;
      case 24: o.bios = readBios(r); break;
      case 25: o.os = readOperatingSystem(r); break;
      case 26: o.creationTime = r.date(); break;
      case 27: o.origin = r.str(); break;
      case 28: o.stateless = r.bool(); break;
      case 29: o.deleteProtected = r.bool(); break;
      case 30: o.highAvailability = readHighAvailability(r); break;
      case 31: o.display = readDisplay(r); break;
      case 32: o.sso = readSso(r); break;
      case 33: o.rngDevice = readRngDevice(r); break;
      case 34: o.console = readConsole(r); break;
      case 35: o.domain = readDomain(r); break;
      case 36: o.usb = readUsb(r); break;
      case 37: o.soundcardEnabled = r.bool(); break;
      case 38: o.tunnelMigration = r.bool(); break;
      case 39: o.migrationDowntime = r.num(); break;
      case 40: o.virtioScsi = readVirtioScsi(r); break;
      case 41: o.serialNumber = readSerialNumber(r); break;
      case 42: o.startPaused = r.bool(); break;
      case 43: o.migration = readMigrationOptions(r); break;
      case 44: o.io = readIo(r); break;
      case 45: o.customProperties = readCustomPropertyList(r, o.customProperties); break;
      case -45: o.customProperties = r.href(o.customProperties); break;
      case 46: o.customEmulatedMachine = r.str(); break;
      case 47: o.customCpuModel = r.str(); break;
      case 48: o.timeZone = readTimeZone(r); break;
      case 49: o.smallIcon = readIcon(r); break;
      case 50: o.largeIcon = readIcon(r); break;
      case 51: o.initialization = readInitialization(r); break;
      case 52: o.memoryPolicy = readMemoryPolicy(r); break;
      case 53: o.customCompatibilityVersion = readVersion(r); break;
      case 54: o.lease = readStorageDomainLease(r); break;
      case 55: o.storageErrorResumeBehaviour = r.enumValue(E_VmStorageErrorResumeBehaviour); break;
      case 56: o.placementPolicy = readVmPlacementPolicy(r); break;
      case 57: o.multiQueuesEnabled = r.bool(); break;
      case 58: o.virtioScsiMultiQueuesEnabled = r.bool(); break;
      case 59: o.virtioScsiMultiQueues = r.num(); break;
      case 60: o.tpmEnabled = r.bool(); break;
      case 61: o.autoPinningPolicy = r.enumValue(E_AutoPinningPolicy); break;
      case 62: o.cpuPinningPolicy = r.enumValue(E_CpuPinningPolicy); break;
      case 63: o.id = r.str(); break;
      case 64: o.name = r.str(); break;
      case 65: o.description = r.str(); break;
      case 66: o.comment = r.str(); break;
      case 67: o.cluster = readCluster(r); break;
      case 68: o.storageDomain = readStorageDomain(r); break;
      case 69: o.cpuProfile = readCpuProfile(r); break;
      case 70: o.quota = readQuota(r); break;
      case 71: o.host = readHost(r); break;
      case 72: o.template = readTemplate(r); break;
      case 73: o.originalTemplate = readTemplate(r); break;
      case 74: o.instanceType = readInstanceType(r); break;
      case 75: o.nics = readNicList(r, o.nics); break;
      case -75: o.nics = r.href(o.nics); break;
      case 76: o.snapshots = readSnapshotList(r, o.snapshots); break;
      case -76: o.snapshots = r.href(o.snapshots); break;
      case 77: o.vmPool = readVmPool(r); break;
      case 78: o.cdroms = readCdromList(r, o.cdroms); break;
      case -78: o.cdroms = r.href(o.cdroms); break;
      case 79: o.floppies = readFloppyList(r, o.floppies); break;
      case -79: o.floppies = r.href(o.floppies); break;
      case 80: o.reportedDevices = readReportedDeviceList(r, o.reportedDevices); break;
      case -80: o.reportedDevices = r.href(o.reportedDevices); break;
      case 81: o.watchdogs = readWatchdogList(r, o.watchdogs); break;
      case -81: o.watchdogs = r.href(o.watchdogs); break;
      case 82: o.permissions = readPermissionList(r, o.permissions); break;
      case -82: o.permissions = r.href(o.permissions); break;
      case 83: o.externalHostProvider = readExternalHostProvider(r); break;
      case 84: o.affinityLabels = readAffinityLabelList(r, o.affinityLabels); break;
      case -84: o.affinityLabels = r.href(o.affinityLabels); break;
      case 85: o.applications = readApplicationList(r, o.applications); break;
      case -85: o.applications = r.href(o.applications); break;
      case 86: o.graphicsConsoles = readGraphicsConsoleList(r, o.graphicsConsoles); break;
      case -86: o.graphicsConsoles = r.href(o.graphicsConsoles); break;
      case 87: o.hostDevices = readHostDeviceList(r, o.hostDevices); break;
      case -87: o.hostDevices = r.href(o.hostDevices); break;
      case 88: o.katelloErrata = readKatelloErratumList(r, o.katelloErrata); break;
      case -88: o.katelloErrata = r.href(o.katelloErrata); break;
      case 89: o.numaNodes = readNumaNodeList(r, o.numaNodes); break;
      case -89: o.numaNodes = r.href(o.numaNodes); break;
      case 90: o.sessions = readSessionList(r, o.sessions); break;
      case -90: o.sessions = r.href(o.sessions); break;
      case 91: o.statistics = readStatisticList(r, o.statistics); break;
      case -91: o.statistics = r.href(o.statistics); break;
      case 92: o.tags = readTagList(r, o.tags); break;
      case -92: o.tags = r.href(o.tags); break;
      case 93: o.diskAttachments = readDiskAttachmentList(r, o.diskAttachments); break;
      case -93: o.diskAttachments = r.href(o.diskAttachments); break;
      case 94: o.dynamicCpu = readDynamicCpu(r); break;
      case 95: o.mediatedDevices = readVmMediatedDeviceList(r, o.mediatedDevices); break;
      case -95: o.mediatedDevices = r.href(o.mediatedDevices); break;
      case 96: o.vm = readVm(r); break;
      case 97: o.disks = readDiskList(r, o.disks); break;
      case -97: o.disks = r.href(o.disks); break;
      default: r.corrupt('snapshot');
    }
  }
}

function readSnapshotList(r: TapeReader, list: List<t.Snapshot> | undefined): List<t.Snapshot> {
  const a: List<t.Snapshot> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readSnapshot(r));
  return a;
}

function readSpecialObjects(r: TapeReader): t.SpecialObjects {
  const o = new C_SpecialObjects();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.blankTemplate = readTemplate(r); break;
      case 3: o.rootTag = readTag(r); break;
      default: r.corrupt('special_objects');
    }
  }
}

function readSpm(r: TapeReader): t.Spm {
  const o = new C_Spm();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.priority = r.num(); break;
      case 3: o.status = r.enumValue(E_SpmStatus); break;
      default: r.corrupt('spm');
    }
  }
}

function readSsh(r: TapeReader): t.Ssh {
  const o = new C_Ssh();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.port = r.num(); break;
      case 3: o.fingerprint = r.str(); break;
      case 4: o.publicKey = r.str(); break;
      case 5: o.authenticationMethod = r.enumValue(E_SshAuthenticationMethod); break;
      case 6: o.user = readUser(r); break;
      case 7: o.id = r.str(); break;
      case 8: o.name = r.str(); break;
      case 9: o.description = r.str(); break;
      case 10: o.comment = r.str(); break;
      default: r.corrupt('ssh');
    }
  }
}

function readSshPublicKey(r: TapeReader): t.SshPublicKey {
  const o = new C_SshPublicKey();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.content = r.str(); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.user = readUser(r); break;
      default: r.corrupt('ssh_public_key');
    }
  }
}

function readSshPublicKeyList(r: TapeReader, list: List<t.SshPublicKey> | undefined): List<t.SshPublicKey> {
  const a: List<t.SshPublicKey> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readSshPublicKey(r));
  return a;
}

function readSso(r: TapeReader): t.Sso {
  const o = new C_Sso();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.methods = readMethodList(r, o.methods); break;
      case -2: o.methods = r.href(o.methods); break;
      default: r.corrupt('sso');
    }
  }
}

function readStatistic(r: TapeReader): t.Statistic {
  const o = new C_Statistic();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.values = readValueList(r, o.values); break;
      case -2: o.values = r.href(o.values); break;
      case 3: o.kind = r.enumValue(E_StatisticKind); break;
      case 4: o.type = r.enumValue(E_ValueType); break;
      case 5: o.unit = r.enumValue(E_StatisticUnit); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      case 10: o.disk = readDisk(r); break;
      case 11: o.host = readHost(r); break;
      case 12: o.hostNic = readHostNic(r); break;
      case 13: o.hostNumaNode = readNumaNode(r); break;
      case 14: o.nic = readNic(r); break;
      case 15: o.vm = readVm(r); break;
      case 16: o.brick = readGlusterBrick(r); break;
      case 17: o.step = readStep(r); break;
      case 18: o.glusterVolume = readGlusterVolume(r); break;
      default: r.corrupt('statistic');
    }
  }
}

function readStatisticList(r: TapeReader, list: List<t.Statistic> | undefined): List<t.Statistic> {
  const a: List<t.Statistic> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readStatistic(r));
  return a;
}

function readStep(r: TapeReader): t.Step {
  const o = new C_Step();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.enumValue(E_StepEnum); break;
      case 3: o.number = r.num(); break;
      case 4: o.status = r.enumValue(E_StepStatus); break;
      case 5: o.startTime = r.date(); break;
      case 6: o.endTime = r.date(); break;
      case 7: o.external = r.bool(); break;
      case 8: o.externalType = r.enumValue(E_ExternalSystemType); break;
      case 9: o.progress = r.num(); break;
      case 10: o.id = r.str(); break;
      case 11: o.name = r.str(); break;
      case 12: o.description = r.str(); break;
      case 13: o.comment = r.str(); break;
      case 14: o.parentStep = readStep(r); break;
      case 15: o.job = readJob(r); break;
      case 16: o.statistics = readStatisticList(r, o.statistics); break;
      case -16: o.statistics = r.href(o.statistics); break;
      case 17: o.executionHost = readHost(r); break;
      default: r.corrupt('step');
    }
  }
}

function readStepList(r: TapeReader, list: List<t.Step> | undefined): List<t.Step> {
  const a: List<t.Step> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readStep(r));
  return a;
}

function readStorageConnection(r: TapeReader): t.StorageConnection {
  const o = new C_StorageConnection();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.address = r.str(); break;
      case 3: o.type = r.enumValue(E_StorageType); break;
      case 4: o.path = r.str(); break;
      case 5: o.mountOptions = r.str(); break;
      case 6: o.vfsType = r.str(); break;
      case 7: o.nfsVersion = r.enumValue(E_NfsVersion); break;
      case 8: o.nfsTimeo = r.num(); break;
      case 9: o.nfsRetrans = r.num(); break;
      case 10: o.port = r.num(); break;
      case 11: o.target = r.str(); break;
      case 12: o.username = r.str(); break;
      case 13: o.password = r.str(); break;
      case 14: o.portal = r.str(); break;
      case 15: o.id = r.str(); break;
      case 16: o.name = r.str(); break;
      case 17: o.description = r.str(); break;
      case 18: o.comment = r.str(); break;
      case 19: o.glusterVolume = readGlusterVolume(r); break;
      case 20: o.host = readHost(r); break;
      default: r.corrupt('storage_connection');
    }
  }
}

function readStorageConnectionList(r: TapeReader, list: List<t.StorageConnection> | undefined): List<t.StorageConnection> {
  const a: List<t.StorageConnection> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readStorageConnection(r));
  return a;
}

function readStorageConnectionExtension(r: TapeReader): t.StorageConnectionExtension {
  const o = new C_StorageConnectionExtension();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.target = r.str(); break;
      case 3: o.username = r.str(); break;
      case 4: o.password = r.str(); break;
      case 5: o.id = r.str(); break;
      case 6: o.name = r.str(); break;
      case 7: o.description = r.str(); break;
      case 8: o.comment = r.str(); break;
      case 9: o.host = readHost(r); break;
      default: r.corrupt('storage_connection_extension');
    }
  }
}

function readStorageConnectionExtensionList(r: TapeReader, list: List<t.StorageConnectionExtension> | undefined): List<t.StorageConnectionExtension> {
  const a: List<t.StorageConnectionExtension> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readStorageConnectionExtension(r));
  return a;
}

function readStorageDomain(r: TapeReader): t.StorageDomain {
  const o = new C_StorageDomain();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.enumValue(E_StorageDomainType); break;
      case 3: o.status = r.enumValue(E_StorageDomainStatus); break;
      case 4: o.externalStatus = r.enumValue(E_ExternalStatus); break;
      case 5: o.master = r.bool(); break;
      case 6: o.storage = readHostStorage(r); break;
      case 7: o.available = r.num(); break;
      case 8: o.used = r.num(); break;
      case 9: o.committed = r.num(); break;
      case 10: o.storageFormat = r.enumValue(E_StorageFormat); break;
      case 11: o.wipeAfterDelete = r.bool(); break;
      case 12: o.discardAfterDelete = r.bool(); break;
      case 13: o.supportsDiscard = r.bool(); break;
      case 14: o.supportsDiscardZeroesData = r.bool(); break;
      case 15: o.import = r.bool(); break;
      case 16: o.warningLowSpaceIndicator = r.num(); break;
      case 17: o.criticalSpaceActionBlocker = r.num(); break;
      case 18: o.backup = r.bool(); break;
      case 19: o.blockSize = r.num(); break;
      case 20: o.id = r.str(); break;
      case 21: o.name = r.str(); break;
      case 22: o.description = r.str(); break;
      case 23: o.comment = r.str(); break;
      case 24: o.host = readHost(r); break;
      case 25: o.dataCenter = readDataCenter(r); break;
      case 26: o.dataCenters = readDataCenterList(r, o.dataCenters); break;
      case -26: o.dataCenters = r.href(o.dataCenters); break;
      case 27: o.disks = readDiskList(r, o.disks); break;
      case -27: o.disks = r.href(o.disks); break;
      case 28: o.diskProfiles = readDiskProfileList(r, o.diskProfiles); break;
      case -28: o.diskProfiles = r.href(o.diskProfiles); break;
      case 29: o.diskSnapshots = readDiskSnapshotList(r, o.diskSnapshots); break;
      case -29: o.diskSnapshots = r.href(o.diskSnapshots); break;
      case 30: o.files = readFileList(r, o.files); break;
      case -30: o.files = r.href(o.files); break;
      case 31: o.images = readImageList(r, o.images); break;
      case -31: o.images = r.href(o.images); break;
      case 32: o.permissions = readPermissionList(r, o.permissions); break;
      case -32: o.permissions = r.href(o.permissions); break;
      case 33: o.storageConnections = readStorageConnectionList(r, o.storageConnections); break;
      case -33: o.storageConnections = r.href(o.storageConnections); break;
      case 34: o.templates = readTemplateList(r, o.templates); break;
      case -34: o.templates = r.href(o.templates); break;
      case 35: o.vms = readVmList(r, o.vms); break;
      case -35: o.vms = r.href(o.vms); break;
      default: r.corrupt('storage_domain');
    }
  }
}

function readStorageDomainList(r: TapeReader, list: List<t.StorageDomain> | undefined): List<t.StorageDomain> {
  const a: List<t.StorageDomain> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readStorageDomain(r));
  return a;
}

function readStorageDomainLease(r: TapeReader): t.StorageDomainLease {
  const o = new C_StorageDomainLease();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.storageDomain = readStorageDomain(r); break;
      default: r.corrupt('storage_domain_lease');
    }
  }
}

function readSystemOption(r: TapeReader): t.SystemOption {
  const o = new C_SystemOption();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.values = readSystemOptionValueList(r, o.values); break;
      case -2: o.values = r.href(o.values); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      default: r.corrupt('system_option');
    }
  }
}

function readSystemOptionValue(r: TapeReader): t.SystemOptionValue {
  const o = new C_SystemOptionValue();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.value = r.str(); break;
      case 3: o.version = r.str(); break;
      default: r.corrupt('system_option_value');
    }
  }
}

function readSystemOptionValueList(r: TapeReader, list: List<t.SystemOptionValue> | undefined): List<t.SystemOptionValue> {
  const a: List<t.SystemOptionValue> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readSystemOptionValue(r));
  return a;
}

function readTag(r: TapeReader): t.Tag {
  const o = new C_Tag();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.host = readHost(r); break;
      case 7: o.vm = readVm(r); break;
      case 8: o.user = readUser(r); break;
      case 9: o.group = readGroup(r); break;
      case 10: o.template = readTemplate(r); break;
      case 11: o.parent = readTag(r); break;
      default: r.corrupt('tag');
    }
  }
}

function readTagList(r: TapeReader, list: List<t.Tag> | undefined): List<t.Tag> {
  const a: List<t.Tag> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readTag(r));
  return a;
}

function readTemplate(r: TapeReader): t.Template {
  const o = new C_Template();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.status = r.enumValue(E_TemplateStatus); break;
      case 3: o.vm = readVm(r); break;
      case 4: o.version = readTemplateVersion(r); break;
      case 5: o.type = r.enumValue(E_VmType); break;
      case 6: o.memory = r.num(); break;
      case 7: o.cpu = readCpu(r); break;
      case 8: o.cpuShares = r.num(); break;
      case 9: o.bios = readBios(r); break;
      case 10: o.os = readOperatingSystem(r); break;
      case 11: o.creationTime = r.date(); break;
      case 12: o.origin = r.str(); break;
      case 13: o.stateless = r.bool(); break;
      case 14: o.deleteProtected = r.bool(); break;
      case 15: o.highAvailability = readHighAvailability(r); break;
      case 16: o.display = readDisplay(r); break;
      case 17: o.sso = readSso(r); break;
      case 18: o.rngDevice = readRngDevice(r); break;
      case 19: o.console = readConsole(r); break;
      case 20: o.domain = readDomain(r); break;
      case 21: o.usb = readUsb(r); break;
      case 22: o.soundcardEnabled = r.bool(); break;
      case 23: o.tunnelMigration = r.bool(); break;
      case 24: o.migrationDowntime = r.num(); break;
      case 25: o.virtioScsi = readVirtioScsi(r); break;
      case 26: o.serialNumber = readSerialNumber(r); break;
      case 27: o.startPaused = r.bool(); break;
      case 28: o.migration = readMigrationOptions(r); break;
      case 29: o.io = readIo(r); break;
      case 30: o.customProperties = readCustomPropertyList(r, o.customProperties); break;
      case -30: o.customProperties = r.href(o.customProperties); break;
      case 31: o.customEmulatedMachine = r.str(); break;
      case 32: o.customCpuModel = r.str(); break;
      case 33: o.timeZone = readTimeZone(r); break;
      case 34: o.smallIcon = readIcon(r); break;
      case 35: o.largeIcon = readIcon(r); break;
      case 36: o.initialization = readInitialization(r); break;
      case 37: o.memoryPolicy = readMemoryPolicy(r); break;
      case 38: o.customCompatibilityVersion = readVersion(r); break;
      case 39: o.lease = readStorageDomainLease(r); break;
      case 40: o.storageErrorResumeBehaviour = r.enumValue(E_VmStorageErrorResumeBehaviour); break;
      case 41: o.placementPolicy = readVmPlacementPolicy(r); break;
      case 42: o.multiQueuesEnabled = r.bool(); break;
      case 43: o.virtioScsiMultiQueuesEnabled = r.bool(); break;
      case 44: o.virtioScsiMultiQueues = r.num(); break;
      case 45: o.tpmEnabled = r.bool(); break;
      case 46: o.autoPinningPolicy = r.enumValue(E_AutoPinningPolicy); break;
      case 47: o.cpuPinningPolicy = r.enumValue(E_CpuPinningPolicy); break;
      case 48: o.id = r.str(); break;
      case 49: o.name = r.str(); break;
      case 50: o.description = r.str(); break;
      case 51: o.comment = r.str(); break;
      case 52: o.cluster = readCluster(r); break;
      case 53: o.storageDomain = readStorageDomain(r); break;
      case 54: o.cpuProfile = readCpuProfile(r); break;
      case 55: o.quota = readQuota(r); break;
      case 56: o.cdroms = readCdromList(r, o.cdroms); break;
      case -56: o.cdroms = r.href(o.cdroms); break;
      case 57: o.graphicsConsoles = readGraphicsConsoleList(r, o.graphicsConsoles); break;
      case -57: o.graphicsConsoles = r.href(o.graphicsConsoles); break;
      case 58: o.nics = readNicList(r, o.nics); break;
      case -58: o.nics = r.href(o.nics); break;
      case 59: o.permissions = readPermissionList(r, o.permissions); break;
      case -59: o.permissions = r.href(o.permissions); break;
      case 60: o.tags = readTagList(r, o.tags); break;
      case -60: o.tags = r.href(o.tags); break;
      case 61: o.watchdogs = readWatchdogList(r, o.watchdogs); break;
      case -61: o.watchdogs = r.href(o.watchdogs); break;
      case 62: o.diskAttachments = readDiskAttachmentList(r, o.diskAttachments); break;
      case -62: o.diskAttachments = r.href(o.diskAttachments); break;
      case 63: o.mediatedDevices = readVmMediatedDeviceList(r, o.mediatedDevices); break;
      case -63: o.mediatedDevices = r.href(o.mediatedDevices); break;
      default: r.corrupt('template');
    }
  }
}

function readTemplateList(r: TapeReader, list: List<t.Template> | undefined): List<t.Template> {
  const a: List<t.Template> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readTemplate(r));
  return a;
}

function readTemplateVersion(r: TapeReader): t.TemplateVersion {
  const o = new C_TemplateVersion();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.versionNumber = r.num(); break;
      case 3: o.versionName = r.str(); break;
      case 4: o.baseTemplate = readTemplate(r); break;
      default: r.corrupt('template_version');
    }
  }
}

function readTicket(r: TapeReader): t.Ticket {
  const o = new C_Ticket();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.value = r.str(); break;
      case 3: o.expiry = r.num(); break;
      default: r.corrupt('ticket');
    }
  }
}

function readTimeZone(r: TapeReader): t.TimeZone {
  const o = new C_TimeZone();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.name = r.str(); break;
      case 3: o.utcOffset = r.str(); break;
      default: r.corrupt('time_zone');
    }
  }
}

function readTransparentHugePages(r: TapeReader): t.TransparentHugePages {
  const o = new C_TransparentHugePages();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.enabled = r.bool(); break;
      default: r.corrupt('transparent_huge_pages');
    }
  }
}

function readUnmanagedNetwork(r: TapeReader): t.UnmanagedNetwork {
  const o = new C_UnmanagedNetwork();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      case 6: o.hostNic = readHostNic(r); break;
      case 7: o.host = readHost(r); break;
      default: r.corrupt('unmanaged_network');
    }
  }
}

function readUnmanagedNetworkList(r: TapeReader, list: List<t.UnmanagedNetwork> | undefined): List<t.UnmanagedNetwork> {
  const a: List<t.UnmanagedNetwork> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readUnmanagedNetwork(r));
  return a;
}

function readUsb(r: TapeReader): t.Usb {
  const o = new C_Usb();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.enabled = r.bool(); break;
      case 3: o.type = r.enumValue(E_UsbType); break;
      default: r.corrupt('usb');
    }
  }
}

function readUser(r: TapeReader): t.User {
  const o = new C_User();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.domainEntryId = r.str(); break;
      case 3: o.department = r.str(); break;
      case 4: o.loggedIn = r.bool(); break;
      case 5: o.namespace = r.str(); break;
      case 6: o.lastName = r.str(); break;
      case 7: o.userName = r.str(); break;
      case 8: o.principal = r.str(); break;
      case 9: o.password = r.str(); break;
      case 10: o.email = r.str(); break;
      case 11: o.userOptions = readPropertyList(r, o.userOptions); break;
      case -11: o.userOptions = r.href(o.userOptions); break;
      case 12: o.id = r.str(); break;
      case 13: o.name = r.str(); break;
      case 14: o.description = r.str(); break;
      case 15: o.comment = r.str(); break;
      case 16: o.domain = readDomain(r); break;
      case 17: o.roles = readRoleList(r, o.roles); break;
      case -17: o.roles = r.href(o.roles); break;
      case 18: o.groups = readGroupList(r, o.groups); break;
      case -18: o.groups = r.href(o.groups); break;
      case 19: o.permissions = readPermissionList(r, o.permissions); break;
      case -19: o.permissions = r.href(o.permissions); break;
      case 20: o.tags = readTagList(r, o.tags); break;
      case -20: o.tags = r.href(o.tags); break;
      case 21: o.sshPublicKeys = readSshPublicKeyList(r, o.sshPublicKeys); break;
      case -21: o.sshPublicKeys = r.href(o.sshPublicKeys); break;
      case 22: o.options = readUserOptionList(r, o.options); break;
      case -22: o.options = r.href(o.options); break;
      default: r.corrupt('user');
    }
  }
}

function readUserList(r: TapeReader, list: List<t.User> | undefined): List<t.User> {
  const a: List<t.User> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readUser(r));
  return a;
}

function readUserOption(r: TapeReader): t.UserOption {
  const o = new C_UserOption();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.content = r.str(); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.user = readUser(r); break;
      default: r.corrupt('user_option');
    }
  }
}

function readUserOptionList(r: TapeReader, list: List<t.UserOption> | undefined): List<t.UserOption> {
  const a: List<t.UserOption> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readUserOption(r));
  return a;
}

function readValue(r: TapeReader): t.Value {
  const o = new C_Value();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.datum = r.num(); break;
      case 3: o.detail = r.str(); break;
      default: r.corrupt('value');
    }
  }
}

function readValueList(r: TapeReader, list: List<t.Value> | undefined): List<t.Value> {
  const a: List<t.Value> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readValue(r));
  return a;
}

function readVcpuPin(r: TapeReader): t.VcpuPin {
  const o = new C_VcpuPin();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.vcpu = r.num(); break;
      case 3: o.cpuSet = r.str(); break;
      default: r.corrupt('vcpu_pin');
    }
  }
}

function readVcpuPinList(r: TapeReader, list: List<t.VcpuPin> | undefined): List<t.VcpuPin> {
  const a: List<t.VcpuPin> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readVcpuPin(r));
  return a;
}

function readVendor(r: TapeReader): t.Vendor {
  const o = new C_Vendor();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.description = r.str(); break;
      case 5: o.comment = r.str(); break;
      default: r.corrupt('vendor');
    }
  }
}

function readVersion(r: TapeReader): t.Version {
  const o = new C_Version();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.major = r.num(); break;
      case 3: o.minor = r.num(); break;
      case 4: o.build = r.num(); break;
      case 5: o.revision = r.num(); break;
      case 6: o.fullVersion = r.str(); break;
      case 7: o.id = r.str(); break;
      case 8: o.name = r.str(); break;
      case 9: o.description = r.str(); break;
      case 10: o.comment = r.str(); break;
      default: r.corrupt('version');
    }
  }
}

function readVersionList(r: TapeReader, list: List<t.Version> | undefined): List<t.Version> {
  const a: List<t.Version> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readVersion(r));
  return a;
}

function readVirtioScsi(r: TapeReader): t.VirtioScsi {
  const o = new C_VirtioScsi();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.enabled = r.bool(); break;
      default: r.corrupt('virtio_scsi');
    }
  }
}

function readVirtualNumaNode(r: TapeReader): t.VirtualNumaNode {
  const o = new C_VirtualNumaNode();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.numaNodePins = readNumaNodePinList(r, o.numaNodePins); break;
      case -2: o.numaNodePins = r.href(o.numaNodePins); break;
      case 3: o.numaTuneMode = r.enumValue(E_NumaTuneMode); break;
      case 4: o.index = r.num(); break;
      case 5: o.memory = r.num(); break;
      case 6: o.cpu = readCpu(r); break;
      case 7: o.nodeDistance = r.str(); break;
      case 8: o.id = r.str(); break;
      case 9: o.name = r.str(); break;
      case 10: o.description = r.str(); break;
      case 11: o.comment = r.str(); break;
      case 12: o.host = readHost(r); break;
      case 13: o.statistics = readStatisticList(r, o.statistics); break;
      case -13: o.statistics = r.href(o.statistics); break;
      case 14: o.vm = readVm(r); break;
      default: r.corrupt('virtual_numa_node');
    }
  }
}

function readVlan(r: TapeReader): t.Vlan {
  const o = new C_Vlan();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.num(); break;
      default: r.corrupt('vlan');
    }
  }
}

function readVm(r: TapeReader): t.Vm {
  const o = new C_Vm();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.status = r.enumValue(E_VmStatus); break;
      case 3: o.statusDetail = r.str(); break;
      case 4: o.stopReason = r.str(); break;
      case 5: o.startTime = r.date(); break;
      case 6: o.stopTime = r.date(); break;
      case 7: o.runOnce = r.bool(); break;
      case 8: o.payloads = readPayloadList(r, o.payloads); break;
      case -8: o.payloads = r.href(o.payloads); break;
      case 9: o.fqdn = r.str(); break;
      case 10: o.useLatestTemplateVersion = r.bool(); break;
      case 11: o.nextRunConfigurationExists = r.bool(); break;
      case 12: o.numaTuneMode = r.enumValue(E_NumaTuneMode); break;
      case 13: o.guestTimeZone = readTimeZone(r); break;
      case 14: o.guestOperatingSystem = readGuestOperatingSystem(r); break;
      case 15: o.hasIllegalImages = r.bool(); break;
      case 16: o.type = r.enumValue(E_VmType); break;
      case 17: o.memory = r.num(); break;
      case 18: o.cpu = readCpu(r); break;
      case 19: o.cpuShares = r.num(); break;
      case 20: o.bios = readBios(r); break;
      case 21: o.os = readOperatingSystem(r); break;
      case 22: o.creationTime = r.date(); break;
      case 23: o.origin = r.str(); break;
      case 24: o.stateless = r.bool(); break;
      case 25: o.deleteProtected = r.bool(); break;
      case 26: o.highAvailability = readHighAvailability(r); break;
      case 27: o.display = readDisplay(r); break;
      case 28: o.sso = readSso(r); break;
      case 29: o.rngDevice = readRngDevice(r); break;
      case 30: o.console = readConsole(r); break;
      case 31: o.domain = readDomain(r); break;
      case 32: o.usb = readUsb(r); break;
      case 33: o.soundcardEnabled = r.bool(); break;
      case 34: o.tunnelMigration = r.bool(); break;
      case 35: o.migrationDowntime = r.num(); break;
      case 36: o.virtioScsi = readVirtioScsi(r); break;
      case 37: o.serialNumber = readSerialNumber(r); break;
      case 38: o.startPaused = r.bool(); break;
      case 39: o.migration = readMigrationOptions(r); break;
      case 40: o.io = readIo(r); break;
      case 41: o.customProperties = readCustomPropertyList(r, o.customProperties); break;
      case -41: o.customProperties = r.href(o.customProperties); break;
      case 42: o.customEmulatedMachine = r.str(); break;
      case 43: o.customCpuModel = r.str(); break;
      case 44: o.timeZone = readTimeZone(r); break;
      case 45: o.smallIcon = readIcon(r); break;
      case 46: o.largeIcon = readIcon(r); break;
      case 47: o.initialization = readInitialization(r); break;
      case 48: o.memoryPolicy = readMemoryPolicy(r); break;
      case 49: o.customCompatibilityVersion = readVersion(r); break;
      case 50: o.lease = readStorageDomainLease(r); break;
      case 51: o.storageErrorResumeBehaviour = r.enumValue(E_VmStorageErrorResumeBehaviour); break;
      case 52: o.placementPolicy = readVmPlacementPolicy(r); break;
      case 53: o.multiQueuesEnabled = r.bool(); break;
      case 54: o.virtioScsiMultiQueuesEnabled = r.bool(); break;
      case 55: o.virtioScsiMultiQueues = r.num(); break;
      case 56: o.tpmEnabled = r.bool(); break;
      case 57: o.autoPinningPolicy = r.enumValue(E_AutoPinningPolicy); break;
      case 58: o.cpuPinningPolicy = r.enumValue(E_CpuPinningPolicy); break;
      case 59: o.id = r.str(); break;
      case 60: o.name = r.str(); break;
      case 61: o.description = r.str(); break;
      case 62: o.comment = r.str(); break;
      case 63: o.cluster = readCluster(r); break;
      case 64: o.storageDomain = readStorageDomain(r); break;
      case 65: o.cpuProfile = readCpuProfile(r); break;
      case 66: o.quota = readQuota(r); break;
      case 67: o.host = readHost(r); break;
      case 68: o.template = readTemplate(r); break;
      case 69: o.originalTemplate = readTemplate(r); break;
      case 70: o.instanceType = readInstanceType(r); break;
      case 71: o.nics = readNicList(r, o.nics); break;
      case -71: o.nics = r.href(o.nics); break;
      case 72: o.snapshots = readSnapshotList(r, o.snapshots); break;
      case -72: o.snapshots = r.href(o.snapshots); break;
      case 73: o.vmPool = readVmPool(r); break;
      case 74: o.cdroms = readCdromList(r, o.cdroms); break;
      case -74: o.cdroms = r.href(o.cdroms); break;
      case 75: o.floppies = readFloppyList(r, o.floppies); break;
      case -75: o.floppies = r.href(o.floppies); break;
      case 76: o.reportedDevices = readReportedDeviceList(r, o.reportedDevices); break;
      case -76: o.reportedDevices = r.href(o.reportedDevices); break;
      case 77: o.watchdogs = readWatchdogList(r, o.watchdogs); break;
      case -77: o.watchdogs = r.href(o.watchdogs); break;
      case 78: o.permissions = readPermissionList(r, o.permissions); break;
      case -78: o.permissions = r.href(o.permissions); break;
      case 79: o.externalHostProvider = readExternalHostProvider(r); break;
      case 80: o.affinityLabels = readAffinityLabelList(r, o.affinityLabels); break;
      case -80: o.affinityLabels = r.href(o.affinityLabels); break;
      case 81: o.applications = readApplicationList(r, o.applications); break;
      case -81: o.applications = r.href(o.applications); break;
      case 82: o.graphicsConsoles = readGraphicsConsoleList(r, o.graphicsConsoles); break;
      case -82: o.graphicsConsoles = r.href(o.graphicsConsoles); break;
      case 83: o.hostDevices = readHostDeviceList(r, o.hostDevices); break;
      case -83: o.hostDevices = r.href(o.hostDevices); break;
      case 84: o.katelloErrata = readKatelloErratumList(r, o.katelloErrata); break;
      case -84: o.katelloErrata = r.href(o.katelloErrata); break;
      case 85: o.numaNodes = readNumaNodeList(r, o.numaNodes); break;
      case -85: o.numaNodes = r.href(o.numaNodes); break;
      case 86: o.sessions = readSessionList(r, o.sessions); break;
      case -86: o.sessions = r.href(o.sessions); break;
      case 87: o.statistics = readStatisticList(r, o.statistics); break;
      case -87: o.statistics = r.href(o.statistics); break;
      case 88: o.tags = readTagList(r, o.tags); break;
      case -88: o.tags = r.href(o.tags); break;
      case 89: o.diskAttachments = readDiskAttachmentList(r, o.diskAttachments); break;
      case -89: o.diskAttachments = r.href(o.diskAttachments); break;
      case 90: o.dynamicCpu = readDynamicCpu(r); break;
      case 91: o.mediatedDevices = readVmMediatedDeviceList(r, o.mediatedDevices); break;
      case -91: o.mediatedDevices = r.href(o.mediatedDevices); break;
      default: r.corrupt('vm');
    }
  }
}

function readVmList(r: TapeReader, list: List<t.Vm> | undefined): List<t.Vm> {
  const a: List<t.Vm> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readVm(r));
  return a;
}

function readVmBase(r: TapeReader): t.VmBase {
  const o = new C_VmBase();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.type = r.enumValue(E_VmType); break;
      case 3: o.memory = r.num(); break;
      case 4: o.cpu = readCpu(r); break;
      case 5: o.cpuShares = r.num(); break;
      case 6: o.bios = readBios(r); break;
      case 7: o.os = readOperatingSystem(r); break;
      case 8: o.creationTime = r.date(); break;
      case 9: o.origin = r.str(); break;
      case 10: o.stateless = r.bool(); break;
      case 11: o.deleteProtected = r.bool(); break;
      case 12: o.highAvailability = readHighAvailability(r); break;
      case 13: o.display = readDisplay(r); break;
      case 14: o.sso = readSso(r); break;
      case 15: o.rngDevice = readRngDevice(r); break;
      case 16: o.console = readConsole(r); break;
      case 17: o.domain = readDomain(r); break;
      case 18: o.usb = readUsb(r); break;
      case 19: o.soundcardEnabled = r.bool(); break;
      case 20: o.tunnelMigration = r.bool(); break;
      case 21: o.migrationDowntime = r.num(); break;
      case 22: o.virtioScsi = readVirtioScsi(r); break;
      case 23: o.serialNumber = readSerialNumber(r); break;
      case 24: o.startPaused = r.bool(); break;
      case 25: o.migration = readMigrationOptions(r); break;
      case 26: o.io = readIo(r); break;
      case 27: o.customProperties = readCustomPropertyList(r, o.customProperties); break;
      case -27: o.customProperties = r.href(o.customProperties); break;
      case 28: o.customEmulatedMachine = r.str(); break;
      case 29: o.customCpuModel = r.str(); break;
      case 30: o.timeZone = readTimeZone(r); break;
      case 31: o.smallIcon = readIcon(r); break;
      case 32: o.largeIcon = readIcon(r); break;
      case 33: o.initialization = readInitialization(r); break;
      case 34: o.memoryPolicy = readMemoryPolicy(r); break;
      case 35: o.customCompatibilityVersion = readVersion(r); break;
      case 36: o.lease = readStorageDomainLease(r); break;
      case 37: o.storageErrorResumeBehaviour = r.enumValue(E_VmStorageErrorResumeBehaviour); break;
      case 38: o.placementPolicy = readVmPlacementPolicy(r); break;
      case 39: o.multiQueuesEnabled = r.bool(); break;
      case 40: o.virtioScsiMultiQueuesEnabled = r.bool(); break;
      case 41: o.virtioScsiMultiQueues = r.num(); break;
      case 42: o.tpmEnabled = r.bool(); break;
      case 43: o.autoPinningPolicy = r.enumValue(E_AutoPinningPolicy); break;
      case 44: o.cpuPinningPolicy = r.enumValue(E_CpuPinningPolicy); break;
      case 45: o.id = r.str(); break;
      case 46: o.name = r.str(); break;
      case 47: o.description = r.str(); break;
      case 48: o.comment = r.str(); break;
      case 49: o.cluster = readCluster(r); break;
      case 50: o.storageDomain = readStorageDomain(r); break;
      case 51: o.cpuProfile = readCpuProfile(r); break;
      case 52: o.quota = readQuota(r); break;
      default: r.corrupt('vm_base');
    }
  }
}

function readVmMediatedDevice(r: TapeReader): t.VmMediatedDevice {
  const o = new C_VmMediatedDevice();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.specParams = readPropertyList(r, o.specParams); break;
      case -2: o.specParams = r.href(o.specParams); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.template = readTemplate(r); break;
      case 8: o.instanceType = readInstanceType(r); break;
      case 9: o.vms = readVmList(r, o.vms); break;
      case -9: o.vms = r.href(o.vms); break;
      case 10: o.vm = readVm(r); break;
      default: r.corrupt('vm_mediated_device');
    }
  }
}

function readVmMediatedDeviceList(r: TapeReader, list: List<t.VmMediatedDevice> | undefined): List<t.VmMediatedDevice> {
  const a: List<t.VmMediatedDevice> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readVmMediatedDevice(r));
  return a;
}

function readVmPlacementPolicy(r: TapeReader): t.VmPlacementPolicy {
  const o = new C_VmPlacementPolicy();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.affinity = r.enumValue(E_VmAffinity); break;
      case 3: o.hosts = readHostList(r, o.hosts); break;
      case -3: o.hosts = r.href(o.hosts); break;
      default: r.corrupt('vm_placement_policy');
    }
  }
}

function readVmPool(r: TapeReader): t.VmPool {
  const o = new C_VmPool();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.size = r.num(); break;
      case 3: o.prestartedVms = r.num(); break;
      case 4: o.maxUserVms = r.num(); break;
      case 5: o.display = readDisplay(r); break;
      case 6: o.rngDevice = readRngDevice(r); break;
      case 7: o.soundcardEnabled = r.bool(); break;
      case 8: o.type = r.enumValue(E_VmPoolType); break;
      case 9: o.useLatestTemplateVersion = r.bool(); break;
      case 10: o.stateful = r.bool(); break;
      case 11: o.autoStorageSelect = r.bool(); break;
      case 12: o.tpmEnabled = r.bool(); break;
      case 13: o.id = r.str(); break;
      case 14: o.name = r.str(); break;
      case 15: o.description = r.str(); break;
      case 16: o.comment = r.str(); break;
      case 17: o.cluster = readCluster(r); break;
      case 18: o.template = readTemplate(r); break;
      case 19: o.instanceType = readInstanceType(r); break;
      case 20: o.vm = readVm(r); break;
      case 21: o.permissions = readPermissionList(r, o.permissions); break;
      case -21: o.permissions = r.href(o.permissions); break;
      default: r.corrupt('vm_pool');
    }
  }
}

function readVmSummary(r: TapeReader): t.VmSummary {
  const o = new C_VmSummary();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.active = r.num(); break;
      case 3: o.migrating = r.num(); break;
      case 4: o.total = r.num(); break;
      default: r.corrupt('vm_summary');
    }
  }
}

function readVnicPassThrough(r: TapeReader): t.VnicPassThrough {
  const o = new C_VnicPassThrough();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.mode = r.enumValue(E_VnicPassThroughMode); break;
      default: r.corrupt('vnic_pass_through');
    }
  }
}

function readVnicProfile(r: TapeReader): t.VnicProfile {
  const o = new C_VnicProfile();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.portMirroring = r.bool(); break;
      case 3: o.customProperties = readCustomPropertyList(r, o.customProperties); break;
      case -3: o.customProperties = r.href(o.customProperties); break;
      case 4: o.passThrough = readVnicPassThrough(r); break;
      case 5: o.migratable = r.bool(); break;
      case 6: o.id = r.str(); break;
      case 7: o.name = r.str(); break;
      case 8: o.description = r.str(); break;
      case 9: o.comment = r.str(); break;
      case 10: o.network = readNetwork(r); break;
      case 11: o.qos = readQos(r); break;
      case 12: o.networkFilter = readNetworkFilter(r); break;
      case 13: o.failover = readVnicProfile(r); break;
      case 14: o.permissions = readPermissionList(r, o.permissions); break;
      case -14: o.permissions = r.href(o.permissions); break;
      default: r.corrupt('vnic_profile');
    }
  }
}

function readVnicProfileList(r: TapeReader, list: List<t.VnicProfile> | undefined): List<t.VnicProfile> {
  const a: List<t.VnicProfile> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readVnicProfile(r));
  return a;
}

function readVnicProfileMapping(r: TapeReader): t.VnicProfileMapping {
  const o = new C_VnicProfileMapping();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.sourceNetworkName = r.str(); break;
      case 3: o.sourceNetworkProfileName = r.str(); break;
      case 4: o.targetVnicProfile = readVnicProfile(r); break;
      default: r.corrupt('vnic_profile_mapping');
    }
  }
}

function readVnicProfileMappingList(r: TapeReader, list: List<t.VnicProfileMapping> | undefined): List<t.VnicProfileMapping> {
  const a: List<t.VnicProfileMapping> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readVnicProfileMapping(r));
  return a;
}

function readVolumeGroup(r: TapeReader): t.VolumeGroup {
  const o = new C_VolumeGroup();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.id = r.str(); break;
      case 3: o.name = r.str(); break;
      case 4: o.logicalUnits = readLogicalUnitList(r, o.logicalUnits); break;
      case -4: o.logicalUnits = r.href(o.logicalUnits); break;
      default: r.corrupt('volume_group');
    }
  }
}

function readWatchdog(r: TapeReader): t.Watchdog {
  const o = new C_Watchdog();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.model = r.enumValue(E_WatchdogModel); break;
      case 3: o.action = r.enumValue(E_WatchdogAction); break;
      case 4: o.id = r.str(); break;
      case 5: o.name = r.str(); break;
      case 6: o.description = r.str(); break;
      case 7: o.comment = r.str(); break;
      case 8: o.template = readTemplate(r); break;
      case 9: o.instanceType = readInstanceType(r); break;
      case 10: o.vms = readVmList(r, o.vms); break;
      case -10: o.vms = r.href(o.vms); break;
      case 11: o.vm = readVm(r); break;
      default: r.corrupt('watchdog');
    }
  }
}

function readWatchdogList(r: TapeReader, list: List<t.Watchdog> | undefined): List<t.Watchdog> {
  const a: List<t.Watchdog> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readWatchdog(r));
  return a;
}

function readWeight(r: TapeReader): t.Weight {
  const o = new C_Weight();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.factor = r.num(); break;
      case 3: o.id = r.str(); break;
      case 4: o.name = r.str(); break;
      case 5: o.description = r.str(); break;
      case 6: o.comment = r.str(); break;
      case 7: o.schedulingPolicy = readSchedulingPolicy(r); break;
      case 8: o.schedulingPolicyUnit = readSchedulingPolicyUnit(r); break;
      default: r.corrupt('weight');
    }
  }
}

function readWeightList(r: TapeReader, list: List<t.Weight> | undefined): List<t.Weight> {
  const a: List<t.Weight> = list ?? [];
  for (let n = r.op(); n > 0; n--) a.push(readWeight(r));
  return a;
}

function readFault(r: TapeReader): t.Fault {
  const o = new C_Fault();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.reason = r.str(); break;
      case 3: o.detail = r.str(); break;
      default: r.corrupt('fault');
    }
  }
}

function readGracePeriod(r: TapeReader): t.GracePeriod {
  const o = new C_GracePeriod();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.expiry = r.num(); break;
      default: r.corrupt('grace_period');
    }
  }
}

function readAction(r: TapeReader): t.Action {
  const o = new C_Action();
  for (;;) {
    switch (r.op()) {
      case 0: return o;
      case 1: o.href = r.str(); break;
      case 2: o.status = r.str(); break;
      case 3: o.fault = readFault(r); break;
      case 4: o.gracePeriod = readGracePeriod(r); break;
      case 5: o.job = readJob(r); break;
      case 6: o.activate = r.bool(); break;
      case 7: o.allowPartialImport = r.bool(); break;
      case 8: o.async = r.bool(); break;
      case 9: o.attachWgt = r.bool(); break;
      case 10: o.attachment = readDiskAttachment(r); break;
      case 11: o.authorizedKey = readAuthorizedKey(r); break;
      case 12: o.autoPinningPolicy = r.enumValue(E_AutoPinningPolicy); break;
      case 13: o.bricks = readGlusterBrickList(r, o.bricks); break;
      case -13: o.bricks = r.href(o.bricks); break;
      case 14: o.certificates = readCertificateList(r, o.certificates); break;
      case -14: o.certificates = r.href(o.certificates); break;
      case 15: o.checkConnectivity = r.bool(); break;
      case 16: o.clone = r.bool(); break;
      case 17: o.clonePermissions = r.bool(); break;
      case 18: o.cluster = readCluster(r); break;
      case 19: o.collapseSnapshots = r.bool(); break;
      case 20: o.commitOnSuccess = r.bool(); break;
      case 21: o.connection = readStorageConnection(r); break;
      case 22: o.connectivityTimeout = r.num(); break;
      case 23: o.correlationId = r.str(); break;
      case 24: o.dataCenter = readDataCenter(r); break;
      case 25: o.deployHostedEngine = r.bool(); break;
      case 26: o.details = readGlusterVolumeProfileDetails(r); break;
      case 27: o.directory = r.str(); break;
      case 28: o.discardSnapshots = r.bool(); break;
      case 29: o.discoveredTargets = readIscsiDetailsList(r, o.discoveredTargets); break;
      case -29: o.discoveredTargets = r.href(o.discoveredTargets); break;
      case 30: o.disk = readDisk(r); break;
      case 31: o.diskProfile = readDiskProfile(r); break;
      case 32: o.disks = readDiskList(r, o.disks); break;
      case -32: o.disks = r.href(o.disks); break;
      case 33: o.exclusive = r.bool(); break;
      case 34: o.fenceType = r.str(); break;
      case 35: o.filename = r.str(); break;
      case 36: o.filter = r.bool(); break;
      case 37: o.fixLayout = r.bool(); break;
      case 38: o.follow = r.str(); break;
      case 39: o.force = r.bool(); break;
      case 40: o.host = readHost(r); break;
      case 41: o.image = r.str(); break;
      case 42: o.imageTransfer = readImageTransfer(r); break;
      case 43: o.importAsTemplate = r.bool(); break;
      case 44: o.isAttached = r.bool(); break;
      case 45: o.iscsi = readIscsiDetails(r); break;
      case 46: o.iscsiTargets = r.strList(o.iscsiTargets); break;
      case -46: o.iscsiTargets = r.href(o.iscsiTargets); break;
      case 47: o.lease = readStorageDomainLease(r); break;
      case 48: o.logicalUnits = readLogicalUnitList(r, o.logicalUnits); break;
      case -48: o.logicalUnits = r.href(o.logicalUnits); break;
      case 49: o.maintenanceAfterRestart = r.bool(); break;
      case 50: o.maintenanceEnabled = r.bool(); break;
      case 51: o.migrateVmsInAffinityClosure = r.bool(); break;
      case 52: o.modifiedBonds = readHostNicList(r, o.modifiedBonds); break;
      case -52: o.modifiedBonds = r.href(o.modifiedBonds); break;
      case 53: o.modifiedLabels = readNetworkLabelList(r, o.modifiedLabels); break;
      case -53: o.modifiedLabels = r.href(o.modifiedLabels); break;
      case 54: o.modifiedNetworkAttachments = readNetworkAttachmentList(r, o.modifiedNetworkAttachments); break;
      case -54: o.modifiedNetworkAttachments = r.href(o.modifiedNetworkAttachments); break;
      case 55: o.optimizeCpuSettings = r.bool(); break;
      case 56: o.option = readOption(r); break;
      case 57: o.pause = r.bool(); break;
      case 58: o.permission = readPermission(r); break;
      case 59: o.powerManagement = readPowerManagement(r); break;
      case 60: o.proxyTicket = readProxyTicket(r); break;
      case 61: o.quota = readQuota(r); break;
      case 62: o.reason = r.str(); break;
      case 63: o.reassignBadMacs = r.bool(); break;
      case 64: o.reboot = r.bool(); break;
      case 65: o.registrationConfiguration = readRegistrationConfiguration(r); break;
      case 66: o.remoteViewerConnectionFile = r.str(); break;
      case 67: o.removedBonds = readHostNicList(r, o.removedBonds); break;
      case -67: o.removedBonds = r.href(o.removedBonds); break;
      case 68: o.removedLabels = readNetworkLabelList(r, o.removedLabels); break;
      case -68: o.removedLabels = r.href(o.removedLabels); break;
      case 69: o.removedNetworkAttachments = readNetworkAttachmentList(r, o.removedNetworkAttachments); break;
      case -69: o.removedNetworkAttachments = r.href(o.removedNetworkAttachments); break;
      case 70: o.resolutionType = r.str(); break;
      case 71: o.restoreMemory = r.bool(); break;
      case 72: o.rootPassword = r.str(); break;
      case 73: o.seal = r.bool(); break;
      case 74: o.snapshot = readSnapshot(r); break;
      case 75: o.sourceHost = readHost(r); break;
      case 76: o.ssh = readSsh(r); break;
      case 77: o.stopGlusterService = r.bool(); break;
      case 78: o.storageDomain = readStorageDomain(r); break;
      case 79: o.storageDomains = readStorageDomainList(r, o.storageDomains); break;
      case -79: o.storageDomains = r.href(o.storageDomains); break;
      case 80: o.succeeded = r.bool(); break;
      case 81: o.synchronizedNetworkAttachments = readNetworkAttachmentList(r, o.synchronizedNetworkAttachments); break;
      case -81: o.synchronizedNetworkAttachments = r.href(o.synchronizedNetworkAttachments); break;
      case 82: o.template = readTemplate(r); break;
      case 83: o.ticket = readTicket(r); break;
      case 84: o.timeout = r.num(); break;
      case 85: o.undeployHostedEngine = r.bool(); break;
      case 86: o.upgradeAction = r.enumValue(E_ClusterUpgradeAction); break;
      case 87: o.upgradePercentComplete = r.num(); break;
      case 88: o.useCloudInit = r.bool(); break;
      case 89: o.useIgnition = r.bool(); break;
      case 90: o.useInitialization = r.bool(); break;
      case 91: o.useSysprep = r.bool(); break;
      case 92: o.virtualFunctionsConfiguration = readHostNicVirtualFunctionsConfiguration(r); break;
      case 93: o.vm = readVm(r); break;
      case 94: o.vnicProfileMappings = readVnicProfileMappingList(r, o.vnicProfileMappings); break;
      case -94: o.vnicProfileMappings = r.href(o.vnicProfileMappings); break;
      case 95: o.volatile = r.bool(); break;
      case 96: o.id = r.str(); break;
      case 97: o.name = r.str(); break;
      case 98: o.description = r.str(); break;
      case 99: o.comment = r.str(); break;
      default: r.corrupt('action');
    }
  }
}

/** The readers by type id. */
export const READERS: readonly ((r: TapeReader) => object)[] = [
  readAffinityGroup,
  readAffinityLabel,
  readAffinityRule,
  readAgent,
  readAgentConfiguration,
  readApi,
  readApiSummary,
  readApiSummaryItem,
  readApplication,
  readAuthorizedKey,
  readBackup,
  readBalance,
  readBios,
  readBlockStatistic,
  readBonding,
  readBookmark,
  readBoot,
  readBootMenu,
  readBrickProfileDetail,
  readCdrom,
  readCertificate,
  readCheckpoint,
  readCloudInit,
  readCluster,
  readClusterFeature,
  readClusterLevel,
  readConfiguration,
  readConsole,
  readCore,
  readCpu,
  readCpuProfile,
  readCpuTopology,
  readCpuTune,
  readCpuType,
  readCustomProperty,
  readDataCenter,
  readDevice,
  readDisk,
  readDiskAttachment,
  readDiskProfile,
  readDiskSnapshot,
  readDisplay,
  readDns,
  readDnsResolverConfiguration,
  readDomain,
  readDynamicCpu,
  readEngineBackupInfo,
  readEntityProfileDetail,
  readErrorHandling,
  readEvent,
  readEventSubscription,
  readExternalComputeResource,
  readExternalDiscoveredHost,
  readExternalHost,
  readExternalHostGroup,
  readExternalHostProvider,
  readExternalNetworkProviderConfiguration,
  readExternalProvider,
  readExternalTemplateImport,
  readExternalVmImport,
  readFencingPolicy,
  readFile,
  readFilter,
  readFloppy,
  readFopStatistic,
  readGlusterBrick,
  readGlusterBrickAdvancedDetails,
  readGlusterBrickMemoryInfo,
  readGlusterClient,
  readGlusterHook,
  readGlusterMemoryPool,
  readGlusterServerHook,
  readGlusterVolume,
  readGlusterVolumeProfileDetails,
  readGraphicsConsole,
  readGroup,
  readGuestOperatingSystem,
  readHardwareInformation,
  readHighAvailability,
  readHook,
  readHost,
  readHostCpuUnit,
  readHostDevice,
  readHostDevicePassthrough,
  readHostNic,
  readHostNicVirtualFunctionsConfiguration,
  readHostStorage,
  readHostedEngine,
  readIcon,
  readIdentified,
  readImage,
  readImageTransfer,
  readInitialization,
  readInstanceType,
  readIo,
  readIp,
  readIpAddressAssignment,
  readIscsiBond,
  readIscsiDetails,
  readJob,
  readKatelloErratum,
  readKernel,
  readKsm,
  readLinkLayerDiscoveryProtocolElement,
  readLogicalUnit,
  readMDevType,
  readMac,
  readMacPool,
  readMemoryOverCommit,
  readMemoryPolicy,
  readMethod,
  readMigrationBandwidth,
  readMigrationOptions,
  readMigrationPolicy,
  readNetwork,
  readNetworkAttachment,
  readNetworkConfiguration,
  readNetworkFilter,
  readNetworkFilterParameter,
  readNetworkLabel,
  readNfsProfileDetail,
  readNic,
  readNicConfiguration,
  readNumaNode,
  readNumaNodePin,
  readOpenStackImage,
  readOpenStackImageProvider,
  readOpenStackNetwork,
  readOpenStackNetworkProvider,
  readOpenStackProvider,
  readOpenStackSubnet,
  readOpenStackVolumeProvider,
  readOpenStackVolumeType,
  readOpenstackVolumeAuthenticationKey,
  readOperatingSystem,
  readOperatingSystemInfo,
  readOption,
  readPackage,
  readPayload,
  readPermission,
  readPermit,
  readPmProxy,
  readPortMirroring,
  readPowerManagement,
  readProduct,
  readProductInfo,
  readProfileDetail,
  readProperty,
  readProxyTicket,
  readQos,
  readQuota,
  readQuotaClusterLimit,
  readQuotaStorageLimit,
  readRange,
  readRate,
  readRegistrationAffinityGroupMapping,
  readRegistrationAffinityLabelMapping,
  readRegistrationClusterMapping,
  readRegistrationConfiguration,
  readRegistrationDomainMapping,
  readRegistrationLunMapping,
  readRegistrationRoleMapping,
  readRegistrationVnicProfileMapping,
  readReportedConfiguration,
  readReportedDevice,
  readRngDevice,
  readRole,
  readSchedulingPolicy,
  readSchedulingPolicyUnit,
  readSeLinux,
  readSerialNumber,
  readSession,
  readSkipIfConnectivityBroken,
  readSkipIfSdActive,
  readSnapshot,
  readSpecialObjects,
  readSpm,
  readSsh,
  readSshPublicKey,
  readSso,
  readStatistic,
  readStep,
  readStorageConnection,
  readStorageConnectionExtension,
  readStorageDomain,
  readStorageDomainLease,
  readSystemOption,
  readSystemOptionValue,
  readTag,
  readTemplate,
  readTemplateVersion,
  readTicket,
  readTimeZone,
  readTransparentHugePages,
  readUnmanagedNetwork,
  readUsb,
  readUser,
  readUserOption,
  readValue,
  readVcpuPin,
  readVendor,
  readVersion,
  readVirtioScsi,
  readVirtualNumaNode,
  readVlan,
  readVm,
  readVmBase,
  readVmMediatedDevice,
  readVmPlacementPolicy,
  readVmPool,
  readVmSummary,
  readVnicPassThrough,
  readVnicProfile,
  readVnicProfileMapping,
  readVolumeGroup,
  readWatchdog,
  readWeight,
  readFault,
  readGracePeriod,
  readAction,
];
