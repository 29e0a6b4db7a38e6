// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { AffinityGroup } from './affinity-group';
import type { AffinityGroupInit } from './affinity-group';
import type { BiosType } from './bios-type';
import { ClusterFeature } from './cluster-feature';
import type { ClusterFeatureInit } from './cluster-feature';
import { Cpu } from './cpu';
import type { CpuInit } from './cpu';
import { CpuProfile } from './cpu-profile';
import type { CpuProfileInit } from './cpu-profile';
import { DataCenter } from './data-center';
import type { DataCenterInit } from './data-center';
import { Display } from './display';
import type { DisplayInit } from './display';
import { ErrorHandling } from './error-handling';
import type { ErrorHandlingInit } from './error-handling';
import { ExternalProvider } from './external-provider';
import type { ExternalProviderInit } from './external-provider';
import { FencingPolicy } from './fencing-policy';
import type { FencingPolicyInit } from './fencing-policy';
import type { FipsMode } from './fips-mode';
import type { FirewallType } from './firewall-type';
import { GlusterHook } from './gluster-hook';
import type { GlusterHookInit } from './gluster-hook';
import { GlusterVolume } from './gluster-volume';
import type { GlusterVolumeInit } from './gluster-volume';
import { Ksm } from './ksm';
import type { KsmInit } from './ksm';
import type { LogMaxMemoryUsedThresholdType } from './log-max-memory-used-threshold-type';
import { MacPool } from './mac-pool';
import type { MacPoolInit } from './mac-pool';
import { MemoryPolicy } from './memory-policy';
import type { MemoryPolicyInit } from './memory-policy';
import { MigrationOptions } from './migration-options';
import type { MigrationOptionsInit } from './migration-options';
import { Network } from './network';
import type { NetworkInit } from './network';
import { NetworkFilter } from './network-filter';
import type { NetworkFilterInit } from './network-filter';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Property } from './property';
import type { PropertyInit } from './property';
import type { RngSource } from './rng-source';
import { SchedulingPolicy } from './scheduling-policy';
import type { SchedulingPolicyInit } from './scheduling-policy';
import { SerialNumber } from './serial-number';
import type { SerialNumberInit } from './serial-number';
import type { SwitchType } from './switch-type';
import { Version } from './version';
import type { VersionInit } from './version';

/**
 * The `cluster` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster}
 */
export class Cluster extends Struct {
  /** The `cpu` attribute (`<cpu>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/cpu} */
  cpu?: Cpu;

  /** The `memory_policy` attribute (`<memory_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/memory_policy} */
  memoryPolicy?: MemoryPolicy;

  /** The `version` attribute (`<version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/version} */
  version?: Version;

  /** The `supported_versions` attribute (`<supported_versions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/supported_versions} */
  supportedVersions?: List<Version>;

  /** The `error_handling` attribute (`<error_handling>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/error_handling} */
  errorHandling?: ErrorHandling;

  /** The `virt_service` attribute (`<virt_service>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/virt_service} */
  virtService?: boolean;

  /** The `gluster_service` attribute (`<gluster_service>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/gluster_service} */
  glusterService?: boolean;

  /** The `threads_as_cores` attribute (`<threads_as_cores>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/threads_as_cores} */
  threadsAsCores?: boolean;

  /** The `tunnel_migration` attribute (`<tunnel_migration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/tunnel_migration} */
  tunnelMigration?: boolean;

  /** The `trusted_service` attribute (`<trusted_service>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/trusted_service} */
  trustedService?: boolean;

  /** The `ha_reservation` attribute (`<ha_reservation>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/ha_reservation} */
  haReservation?: boolean;

  /**
   * The `vnc_encryption` attribute (`<vnc_encryption>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/vnc_encryption}
   * @since API 4.4
   */
  vncEncryption?: boolean;

  /**
   * The `bios_type` attribute (`<bios_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/bios_type}
   * @since API 4.4
   */
  biosType?: BiosType;

  /**
   * The `optional_reason` attribute (`<optional_reason>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/optional_reason}
   * @deprecated The model marks it deprecated.
   */
  optionalReason?: boolean;

  /**
   * The `maintenance_reason_required` attribute (`<maintenance_reason_required>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/maintenance_reason_required}
   * @deprecated The model marks it deprecated.
   */
  maintenanceReasonRequired?: boolean;

  /** The `ballooning_enabled` attribute (`<ballooning_enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/ballooning_enabled} */
  ballooningEnabled?: boolean;

  /** The `display` attribute (`<display>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/display} */
  display?: Display;

  /** The `ksm` attribute (`<ksm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/ksm} */
  ksm?: Ksm;

  /** The `serial_number` attribute (`<serial_number>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/serial_number} */
  serialNumber?: SerialNumber;

  /** The `required_rng_sources` attribute (`<required_rng_sources>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/required_rng_sources} */
  requiredRngSources?: List<RngSource>;

  /** The `fencing_policy` attribute (`<fencing_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/fencing_policy} */
  fencingPolicy?: FencingPolicy;

  /** The `migration` attribute (`<migration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/migration} */
  migration?: MigrationOptions;

  /**
   * The `custom_scheduling_policy_properties` attribute (`<custom_scheduling_policy_properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/custom_scheduling_policy_properties}
   * @since API 4.0.6
   */
  customSchedulingPolicyProperties?: List<Property>;

  /** The `switch_type` attribute (`<switch_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/switch_type} */
  switchType?: SwitchType;

  /**
   * The `firewall_type` attribute (`<firewall_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/firewall_type}
   * @since API 4.2
   */
  firewallType?: FirewallType;

  /**
   * The `log_max_memory_used_threshold` attribute (`<log_max_memory_used_threshold>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/log_max_memory_used_threshold}
   * @since API 4.3
   */
  logMaxMemoryUsedThreshold?: number;

  /**
   * The `log_max_memory_used_threshold_type` attribute (`<log_max_memory_used_threshold_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/log_max_memory_used_threshold_type}
   * @since API 4.3
   */
  logMaxMemoryUsedThresholdType?: LogMaxMemoryUsedThresholdType;

  /**
   * The `gluster_tuned_profile` attribute (`<gluster_tuned_profile>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/gluster_tuned_profile}
   * @since API 4.1
   */
  glusterTunedProfile?: string;

  /**
   * The `fips_mode` attribute (`<fips_mode>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/fips_mode}
   * @since API 4.4.5
   */
  fipsMode?: FipsMode;

  /**
   * The `upgrade_in_progress` attribute (`<upgrade_in_progress>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/upgrade_in_progress}
   * @since API 4.5.0
   */
  upgradeInProgress?: boolean;

  /**
   * The `upgrade_percent_complete` attribute (`<upgrade_percent_complete>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/upgrade_percent_complete}
   * @since API 4.5.0
   */
  upgradePercentComplete?: number;

  /**
   * The `upgrade_correlation_id` attribute (`<upgrade_correlation_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/upgrade_correlation_id}
   * @since API 4.5.0
   */
  upgradeCorrelationId?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/attributes/comment} */
  comment?: string;

  /**
   * The `enabled_features` link (`<enabled_features>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/enabled_features}
   * @since API 4.1.6
   */
  enabledFeatures?: List<ClusterFeature>;

  /** The `scheduling_policy` link (`<scheduling_policy>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/scheduling_policy} */
  schedulingPolicy?: SchedulingPolicy;

  /** The `data_center` link (`<data_center>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/data_center} */
  dataCenter?: DataCenter;

  /** The `management_network` link (`<management_network>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/management_network} */
  managementNetwork?: Network;

  /**
   * The `external_network_providers` link (`<external_network_providers>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/external_network_providers}
   * @since API 4.2
   */
  externalNetworkProviders?: List<ExternalProvider>;

  /**
   * The `mac_pool` link (`<mac_pool>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/mac_pool}
   * @since API 4.1
   */
  macPool?: MacPool;

  /** The `affinity_groups` link (`<affinity_groups>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/affinity_groups} */
  affinityGroups?: List<AffinityGroup>;

  /** The `cpu_profiles` link (`<cpu_profiles>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/cpu_profiles} */
  cpuProfiles?: List<CpuProfile>;

  /** The `gluster_hooks` link (`<gluster_hooks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/gluster_hooks} */
  glusterHooks?: List<GlusterHook>;

  /** The `gluster_volumes` link (`<gluster_volumes>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/gluster_volumes} */
  glusterVolumes?: List<GlusterVolume>;

  /** The `network_filters` link (`<network_filters>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/network_filters} */
  networkFilters?: List<NetworkFilter>;

  /** The `networks` link (`<networks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/networks} */
  networks?: List<Network>;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster/links/permissions} */
  permissions?: List<Permission>;

  /** Creates a `cluster`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ClusterInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `cluster` as the SDK accepts it: a {@link Cluster} or a plain object of the same shape, at any depth. */
export interface ClusterInit {
  href?: string;
  cpu?: CpuInit;
  memoryPolicy?: MemoryPolicyInit;
  version?: VersionInit;
  supportedVersions?: VersionInit[];
  errorHandling?: ErrorHandlingInit;
  virtService?: boolean;
  glusterService?: boolean;
  threadsAsCores?: boolean;
  tunnelMigration?: boolean;
  trustedService?: boolean;
  haReservation?: boolean;
  vncEncryption?: boolean;
  biosType?: BiosType;
  optionalReason?: boolean;
  maintenanceReasonRequired?: boolean;
  ballooningEnabled?: boolean;
  display?: DisplayInit;
  ksm?: KsmInit;
  serialNumber?: SerialNumberInit;
  requiredRngSources?: RngSource[];
  fencingPolicy?: FencingPolicyInit;
  migration?: MigrationOptionsInit;
  customSchedulingPolicyProperties?: PropertyInit[];
  switchType?: SwitchType;
  firewallType?: FirewallType;
  logMaxMemoryUsedThreshold?: number;
  logMaxMemoryUsedThresholdType?: LogMaxMemoryUsedThresholdType;
  glusterTunedProfile?: string;
  fipsMode?: FipsMode;
  upgradeInProgress?: boolean;
  upgradePercentComplete?: number;
  upgradeCorrelationId?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  enabledFeatures?: ClusterFeatureInit[];
  schedulingPolicy?: SchedulingPolicyInit;
  dataCenter?: DataCenterInit;
  managementNetwork?: NetworkInit;
  externalNetworkProviders?: ExternalProviderInit[];
  macPool?: MacPoolInit;
  affinityGroups?: AffinityGroupInit[];
  cpuProfiles?: CpuProfileInit[];
  glusterHooks?: GlusterHookInit[];
  glusterVolumes?: GlusterVolumeInit[];
  networkFilters?: NetworkFilterInit[];
  networks?: NetworkInit[];
  permissions?: PermissionInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Cluster, () => ({
  href: VALUE,
  cpu: Cpu,
  memoryPolicy: MemoryPolicy,
  version: Version,
  supportedVersions: [Version],
  errorHandling: ErrorHandling,
  virtService: VALUE,
  glusterService: VALUE,
  threadsAsCores: VALUE,
  tunnelMigration: VALUE,
  trustedService: VALUE,
  haReservation: VALUE,
  vncEncryption: VALUE,
  biosType: VALUE,
  optionalReason: VALUE,
  maintenanceReasonRequired: VALUE,
  ballooningEnabled: VALUE,
  display: Display,
  ksm: Ksm,
  serialNumber: SerialNumber,
  requiredRngSources: [VALUE],
  fencingPolicy: FencingPolicy,
  migration: MigrationOptions,
  customSchedulingPolicyProperties: [Property],
  switchType: VALUE,
  firewallType: VALUE,
  logMaxMemoryUsedThreshold: VALUE,
  logMaxMemoryUsedThresholdType: VALUE,
  glusterTunedProfile: VALUE,
  fipsMode: VALUE,
  upgradeInProgress: VALUE,
  upgradePercentComplete: VALUE,
  upgradeCorrelationId: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  enabledFeatures: [ClusterFeature],
  schedulingPolicy: SchedulingPolicy,
  dataCenter: DataCenter,
  managementNetwork: Network,
  externalNetworkProviders: [ExternalProvider],
  macPool: MacPool,
  affinityGroups: [AffinityGroup],
  cpuProfiles: [CpuProfile],
  glusterHooks: [GlusterHook],
  glusterVolumes: [GlusterVolume],
  networkFilters: [NetworkFilter],
  networks: [Network],
  permissions: [Permission],
}));
