// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `cluster` type of the API, on the wire `<cluster>` (a list: `<clusters>` with one `<cluster>` per item); 36 attributes and 13 links.
 *
 * Create one with `new Cluster({ ... })`, or pass a plain {@link ClusterInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster}
 */
export class Cluster extends Struct {
  /**
   * `Cpu`. On the wire: element `<cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `cpu` attribute)
   */
  cpu?: Cpu;

  /**
   * `MemoryPolicy`. On the wire: element `<memory_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `memory_policy` attribute)
   */
  memoryPolicy?: MemoryPolicy;

  /**
   * `Version`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `version` attribute)
   */
  version?: Version;

  /**
   * A list of `Version`. On the wire: element `<supported_versions>` with one `<version>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `supported_versions` attribute)
   */
  supportedVersions?: List<Version>;

  /**
   * `ErrorHandling`. On the wire: element `<error_handling>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `error_handling` attribute)
   */
  errorHandling?: ErrorHandling;

  /**
   * `boolean`. On the wire: element `<virt_service>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `virt_service` attribute)
   */
  virtService?: boolean;

  /**
   * `boolean`. On the wire: element `<gluster_service>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `gluster_service` attribute)
   */
  glusterService?: boolean;

  /**
   * `boolean`. On the wire: element `<threads_as_cores>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `threads_as_cores` attribute)
   */
  threadsAsCores?: boolean;

  /**
   * `boolean`. On the wire: element `<tunnel_migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `tunnel_migration` attribute)
   */
  tunnelMigration?: boolean;

  /**
   * `boolean`. On the wire: element `<trusted_service>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `trusted_service` attribute)
   */
  trustedService?: boolean;

  /**
   * `boolean`. On the wire: element `<ha_reservation>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `ha_reservation` attribute)
   */
  haReservation?: boolean;

  /**
   * `boolean`. On the wire: element `<vnc_encryption>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `vnc_encryption` attribute)
   * @since API 4.4
   */
  vncEncryption?: boolean;

  /**
   * `BiosType` (`cluster_default`, `i440fx_sea_bios`, `q35_sea_bios`, `q35_ovmf`, `q35_secure_boot`; or another string, from a newer engine). On the wire: element `<bios_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `bios_type` attribute)
   * @since API 4.4
   */
  biosType?: BiosType | (string & {});

  /**
   * `boolean`. On the wire: element `<optional_reason>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `optional_reason` attribute)
   * @deprecated The API model marks it deprecated.
   */
  optionalReason?: boolean;

  /**
   * `boolean`. On the wire: element `<maintenance_reason_required>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `maintenance_reason_required` attribute)
   * @deprecated The API model marks it deprecated.
   */
  maintenanceReasonRequired?: boolean;

  /**
   * `boolean`. On the wire: element `<ballooning_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `ballooning_enabled` attribute)
   */
  ballooningEnabled?: boolean;

  /**
   * `Display`. On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `display` attribute)
   */
  display?: Display;

  /**
   * `Ksm`. On the wire: element `<ksm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `ksm` attribute)
   */
  ksm?: Ksm;

  /**
   * `SerialNumber`. On the wire: element `<serial_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `serial_number` attribute)
   */
  serialNumber?: SerialNumber;

  /**
   * A list of `RngSource` (`random`, `urandom`, `hwrng`; or another string, from a newer engine). On the wire: element `<required_rng_sources>` with one `<required_rng_source>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `required_rng_sources` attribute)
   */
  requiredRngSources?: List<RngSource | (string & {})>;

  /**
   * `FencingPolicy`. On the wire: element `<fencing_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `fencing_policy` attribute)
   */
  fencingPolicy?: FencingPolicy;

  /**
   * `MigrationOptions`. On the wire: element `<migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `migration` attribute)
   */
  migration?: MigrationOptions;

  /**
   * A list of `Property`. On the wire: element `<custom_scheduling_policy_properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `custom_scheduling_policy_properties` attribute)
   * @since API 4.0.6
   */
  customSchedulingPolicyProperties?: List<Property>;

  /**
   * `SwitchType` (`legacy`, `ovs`; or another string, from a newer engine). On the wire: element `<switch_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `switch_type` attribute)
   */
  switchType?: SwitchType | (string & {});

  /**
   * `FirewallType` (`iptables`, `firewalld`; or another string, from a newer engine). On the wire: element `<firewall_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `firewall_type` attribute)
   * @since API 4.2
   */
  firewallType?: FirewallType | (string & {});

  /**
   * `number` (an integer). On the wire: element `<log_max_memory_used_threshold>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `log_max_memory_used_threshold` attribute)
   * @since API 4.3
   */
  logMaxMemoryUsedThreshold?: number;

  /**
   * `LogMaxMemoryUsedThresholdType` (`percentage`, `absolute_value_in_mb`; or another string, from a newer engine). On the wire: element `<log_max_memory_used_threshold_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `log_max_memory_used_threshold_type` attribute)
   * @since API 4.3
   */
  logMaxMemoryUsedThresholdType?: LogMaxMemoryUsedThresholdType | (string & {});

  /**
   * `string`. On the wire: element `<gluster_tuned_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `gluster_tuned_profile` attribute)
   * @since API 4.1
   */
  glusterTunedProfile?: string;

  /**
   * `FipsMode` (`undefined`, `disabled`, `enabled`; or another string, from a newer engine). On the wire: element `<fips_mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `fips_mode` attribute)
   * @since API 4.4.5
   */
  fipsMode?: FipsMode | (string & {});

  /**
   * `boolean`. On the wire: element `<upgrade_in_progress>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `upgrade_in_progress` attribute)
   * @since API 4.5.0
   */
  upgradeInProgress?: boolean;

  /**
   * `number` (an integer). On the wire: element `<upgrade_percent_complete>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `upgrade_percent_complete` attribute)
   * @since API 4.5.0
   */
  upgradePercentComplete?: number;

  /**
   * `string`. On the wire: element `<upgrade_correlation_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `upgrade_correlation_id` attribute)
   * @since API 4.5.0
   */
  upgradeCorrelationId?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `ClusterFeature`. On the wire: a link, `<link rel="enabledfeatures" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<enabled_features>` with one `<cluster_feature>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `enabled_features` link)
   * @since API 4.1.6
   */
  enabledFeatures?: List<ClusterFeature>;

  /**
   * `SchedulingPolicy`. On the wire: element `<scheduling_policy>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `scheduling_policy` link)
   */
  schedulingPolicy?: SchedulingPolicy;

  /**
   * `DataCenter`. On the wire: element `<data_center>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `data_center` link)
   */
  dataCenter?: DataCenter;

  /**
   * `Network`. On the wire: element `<management_network>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `management_network` link)
   */
  managementNetwork?: Network;

  /**
   * A list of `ExternalProvider`. On the wire: a link, `<link rel="externalnetworkproviders" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<external_network_providers>` with one `<external_provider>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `external_network_providers` link)
   * @since API 4.2
   */
  externalNetworkProviders?: List<ExternalProvider>;

  /**
   * `MacPool`. On the wire: element `<mac_pool>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `mac_pool` link)
   * @since API 4.1
   */
  macPool?: MacPool;

  /**
   * A list of `AffinityGroup`. On the wire: a link, `<link rel="affinitygroups" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<affinity_groups>` with one `<affinity_group>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `affinity_groups` link)
   */
  affinityGroups?: List<AffinityGroup>;

  /**
   * A list of `CpuProfile`. On the wire: a link, `<link rel="cpuprofiles" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<cpu_profiles>` with one `<cpu_profile>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `cpu_profiles` link)
   */
  cpuProfiles?: List<CpuProfile>;

  /**
   * A list of `GlusterHook`. On the wire: a link, `<link rel="glusterhooks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<gluster_hooks>` with one `<gluster_hook>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `gluster_hooks` link)
   */
  glusterHooks?: List<GlusterHook>;

  /**
   * A list of `GlusterVolume`. On the wire: a link, `<link rel="glustervolumes" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<gluster_volumes>` with one `<gluster_volume>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `gluster_volumes` link)
   */
  glusterVolumes?: List<GlusterVolume>;

  /**
   * A list of `NetworkFilter`. On the wire: a link, `<link rel="networkfilters" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<network_filters>` with one `<network_filter>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `network_filters` link)
   */
  networkFilters?: List<NetworkFilter>;

  /**
   * A list of `Network`. On the wire: a link, `<link rel="networks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<networks>` with one `<network>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `networks` link)
   */
  networks?: List<Network>;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * Creates a `cluster` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ClusterInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.cpu = undefined;
      this.memoryPolicy = undefined;
      this.version = undefined;
      this.supportedVersions = undefined;
      this.errorHandling = undefined;
      this.virtService = undefined;
      this.glusterService = undefined;
      this.threadsAsCores = undefined;
      this.tunnelMigration = undefined;
      this.trustedService = undefined;
      this.haReservation = undefined;
      this.vncEncryption = undefined;
      this.biosType = undefined;
      this.optionalReason = undefined;
      this.maintenanceReasonRequired = undefined;
      this.ballooningEnabled = undefined;
      this.display = undefined;
      this.ksm = undefined;
      this.serialNumber = undefined;
      this.requiredRngSources = undefined;
      this.fencingPolicy = undefined;
      this.migration = undefined;
      this.customSchedulingPolicyProperties = undefined;
      this.switchType = undefined;
      this.firewallType = undefined;
      this.logMaxMemoryUsedThreshold = undefined;
      this.logMaxMemoryUsedThresholdType = undefined;
      this.glusterTunedProfile = undefined;
      this.fipsMode = undefined;
      this.upgradeInProgress = undefined;
      this.upgradePercentComplete = undefined;
      this.upgradeCorrelationId = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.enabledFeatures = undefined;
      this.schedulingPolicy = undefined;
      this.dataCenter = undefined;
      this.managementNetwork = undefined;
      this.externalNetworkProviders = undefined;
      this.macPool = undefined;
      this.affinityGroups = undefined;
      this.cpuProfiles = undefined;
      this.glusterHooks = undefined;
      this.glusterVolumes = undefined;
      this.networkFilters = undefined;
      this.networks = undefined;
      this.permissions = undefined;
    }
  }
}

/**
 * A `cluster` as the SDK accepts it: a {@link Cluster} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster}
 */
export interface ClusterInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster}
   */
  href?: string;
  /**
   * `CpuInit` (a `Cpu` or a plain object). On the wire: element `<cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `cpu` attribute)
   */
  cpu?: CpuInit;
  /**
   * `MemoryPolicyInit` (a `MemoryPolicy` or a plain object). On the wire: element `<memory_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `memory_policy` attribute)
   */
  memoryPolicy?: MemoryPolicyInit;
  /**
   * `VersionInit` (a `Version` or a plain object). On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `version` attribute)
   */
  version?: VersionInit;
  /**
   * A list of `VersionInit` (a `Version` or a plain object). On the wire: element `<supported_versions>` with one `<version>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `supported_versions` attribute)
   */
  supportedVersions?: VersionInit[];
  /**
   * `ErrorHandlingInit` (a `ErrorHandling` or a plain object). On the wire: element `<error_handling>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `error_handling` attribute)
   */
  errorHandling?: ErrorHandlingInit;
  /**
   * `boolean`. On the wire: element `<virt_service>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `virt_service` attribute)
   */
  virtService?: boolean;
  /**
   * `boolean`. On the wire: element `<gluster_service>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `gluster_service` attribute)
   */
  glusterService?: boolean;
  /**
   * `boolean`. On the wire: element `<threads_as_cores>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `threads_as_cores` attribute)
   */
  threadsAsCores?: boolean;
  /**
   * `boolean`. On the wire: element `<tunnel_migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `tunnel_migration` attribute)
   */
  tunnelMigration?: boolean;
  /**
   * `boolean`. On the wire: element `<trusted_service>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `trusted_service` attribute)
   */
  trustedService?: boolean;
  /**
   * `boolean`. On the wire: element `<ha_reservation>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `ha_reservation` attribute)
   */
  haReservation?: boolean;
  /**
   * `boolean`. On the wire: element `<vnc_encryption>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `vnc_encryption` attribute)
   * @since API 4.4
   */
  vncEncryption?: boolean;
  /**
   * `BiosType` (`cluster_default`, `i440fx_sea_bios`, `q35_sea_bios`, `q35_ovmf`, `q35_secure_boot`; another string is sent as it is). On the wire: element `<bios_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `bios_type` attribute)
   * @since API 4.4
   */
  biosType?: BiosType | (string & {});
  /**
   * `boolean`. On the wire: element `<optional_reason>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `optional_reason` attribute)
   * @deprecated The API model marks it deprecated.
   */
  optionalReason?: boolean;
  /**
   * `boolean`. On the wire: element `<maintenance_reason_required>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `maintenance_reason_required` attribute)
   * @deprecated The API model marks it deprecated.
   */
  maintenanceReasonRequired?: boolean;
  /**
   * `boolean`. On the wire: element `<ballooning_enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `ballooning_enabled` attribute)
   */
  ballooningEnabled?: boolean;
  /**
   * `DisplayInit` (a `Display` or a plain object). On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `display` attribute)
   */
  display?: DisplayInit;
  /**
   * `KsmInit` (a `Ksm` or a plain object). On the wire: element `<ksm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `ksm` attribute)
   */
  ksm?: KsmInit;
  /**
   * `SerialNumberInit` (a `SerialNumber` or a plain object). On the wire: element `<serial_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `serial_number` attribute)
   */
  serialNumber?: SerialNumberInit;
  /**
   * A list of `RngSource` (`random`, `urandom`, `hwrng`; another string is sent as it is). On the wire: element `<required_rng_sources>` with one `<required_rng_source>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `required_rng_sources` attribute)
   */
  requiredRngSources?: (RngSource | (string & {}))[];
  /**
   * `FencingPolicyInit` (a `FencingPolicy` or a plain object). On the wire: element `<fencing_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `fencing_policy` attribute)
   */
  fencingPolicy?: FencingPolicyInit;
  /**
   * `MigrationOptionsInit` (a `MigrationOptions` or a plain object). On the wire: element `<migration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `migration` attribute)
   */
  migration?: MigrationOptionsInit;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<custom_scheduling_policy_properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `custom_scheduling_policy_properties` attribute)
   * @since API 4.0.6
   */
  customSchedulingPolicyProperties?: PropertyInit[];
  /**
   * `SwitchType` (`legacy`, `ovs`; another string is sent as it is). On the wire: element `<switch_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `switch_type` attribute)
   */
  switchType?: SwitchType | (string & {});
  /**
   * `FirewallType` (`iptables`, `firewalld`; another string is sent as it is). On the wire: element `<firewall_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `firewall_type` attribute)
   * @since API 4.2
   */
  firewallType?: FirewallType | (string & {});
  /**
   * `number` (an integer). On the wire: element `<log_max_memory_used_threshold>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `log_max_memory_used_threshold` attribute)
   * @since API 4.3
   */
  logMaxMemoryUsedThreshold?: number;
  /**
   * `LogMaxMemoryUsedThresholdType` (`percentage`, `absolute_value_in_mb`; another string is sent as it is). On the wire: element `<log_max_memory_used_threshold_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `log_max_memory_used_threshold_type` attribute)
   * @since API 4.3
   */
  logMaxMemoryUsedThresholdType?: LogMaxMemoryUsedThresholdType | (string & {});
  /**
   * `string`. On the wire: element `<gluster_tuned_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `gluster_tuned_profile` attribute)
   * @since API 4.1
   */
  glusterTunedProfile?: string;
  /**
   * `FipsMode` (`undefined`, `disabled`, `enabled`; another string is sent as it is). On the wire: element `<fips_mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `fips_mode` attribute)
   * @since API 4.4.5
   */
  fipsMode?: FipsMode | (string & {});
  /**
   * `boolean`. On the wire: element `<upgrade_in_progress>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `upgrade_in_progress` attribute)
   * @since API 4.5.0
   */
  upgradeInProgress?: boolean;
  /**
   * `number` (an integer). On the wire: element `<upgrade_percent_complete>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `upgrade_percent_complete` attribute)
   * @since API 4.5.0
   */
  upgradePercentComplete?: number;
  /**
   * `string`. On the wire: element `<upgrade_correlation_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `upgrade_correlation_id` attribute)
   * @since API 4.5.0
   */
  upgradeCorrelationId?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<cluster>`.
   *
   * Needed by:
   * - `AssignedPermissionsService.addClusterPermission`: `permission.cluster.id`
   * - `CpuProfilesService.add`: `profile.cluster.id`
   * - `TemplatesService.addFromConfiguration`: `template.cluster.id` or `template.cluster.name`
   * - `VmPoolsService.add`: `pool.cluster.id` or `pool.cluster.name`
   * - `VmsService.addFromScratch`: `vm.cluster.id` or `vm.cluster.name`
   * - `VmsService.addFromSnapshot`: `vm.cluster.id` or `vm.cluster.name`
   * - `VmsService.addFromConfiguration`: `vm.cluster.id` or `vm.cluster.name`
   * - `VmsService.add`: `vm.cluster.id` or `vm.cluster.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `ClustersService.add`: `cluster.name`
   * - `TemplatesService.addFromConfiguration`: `template.cluster.id` or `template.cluster.name`
   * - `VmPoolsService.add`: `pool.cluster.id` or `pool.cluster.name`
   * - `VmsService.addFromScratch`: `vm.cluster.id` or `vm.cluster.name`
   * - `VmsService.addFromSnapshot`: `vm.cluster.id` or `vm.cluster.name`
   * - `VmsService.addFromConfiguration`: `vm.cluster.id` or `vm.cluster.name`
   * - `VmsService.add`: `vm.cluster.id` or `vm.cluster.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `ClusterFeatureInit` (a `ClusterFeature` or a plain object). On the wire: element `<enabled_features>` with one `<cluster_feature>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `enabled_features` link)
   * @since API 4.1.6
   */
  enabledFeatures?: ClusterFeatureInit[];
  /**
   * `SchedulingPolicyInit` (a `SchedulingPolicy` or a plain object). On the wire: element `<scheduling_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `scheduling_policy` link)
   */
  schedulingPolicy?: SchedulingPolicyInit;
  /**
   * `DataCenterInit` (a `DataCenter` or a plain object). On the wire: element `<data_center>`.
   *
   * Needed by:
   * - `ClustersService.add`: `cluster.dataCenter.id` or `cluster.dataCenter.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `data_center` link)
   */
  dataCenter?: DataCenterInit;
  /**
   * `NetworkInit` (a `Network` or a plain object). On the wire: element `<management_network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `management_network` link)
   */
  managementNetwork?: NetworkInit;
  /**
   * A list of `ExternalProviderInit` (a `ExternalProvider` or a plain object). On the wire: element `<external_network_providers>` with one `<external_provider>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `external_network_providers` link)
   * @since API 4.2
   */
  externalNetworkProviders?: ExternalProviderInit[];
  /**
   * `MacPoolInit` (a `MacPool` or a plain object). On the wire: element `<mac_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `mac_pool` link)
   * @since API 4.1
   */
  macPool?: MacPoolInit;
  /**
   * A list of `AffinityGroupInit` (a `AffinityGroup` or a plain object). On the wire: element `<affinity_groups>` with one `<affinity_group>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `affinity_groups` link)
   */
  affinityGroups?: AffinityGroupInit[];
  /**
   * A list of `CpuProfileInit` (a `CpuProfile` or a plain object). On the wire: element `<cpu_profiles>` with one `<cpu_profile>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `cpu_profiles` link)
   */
  cpuProfiles?: CpuProfileInit[];
  /**
   * A list of `GlusterHookInit` (a `GlusterHook` or a plain object). On the wire: element `<gluster_hooks>` with one `<gluster_hook>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `gluster_hooks` link)
   */
  glusterHooks?: GlusterHookInit[];
  /**
   * A list of `GlusterVolumeInit` (a `GlusterVolume` or a plain object). On the wire: element `<gluster_volumes>` with one `<gluster_volume>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `gluster_volumes` link)
   */
  glusterVolumes?: GlusterVolumeInit[];
  /**
   * A list of `NetworkFilterInit` (a `NetworkFilter` or a plain object). On the wire: element `<network_filters>` with one `<network_filter>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `network_filters` link)
   */
  networkFilters?: NetworkFilterInit[];
  /**
   * A list of `NetworkInit` (a `Network` or a plain object). On the wire: element `<networks>` with one `<network>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `networks` link)
   */
  networks?: NetworkInit[];
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cluster | reference: cluster} (its `permissions` link)
   */
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
