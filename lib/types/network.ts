// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { DataCenter } from './data-center';
import type { DataCenterInit } from './data-center';
import { DnsResolverConfiguration } from './dns-resolver-configuration';
import type { DnsResolverConfigurationInit } from './dns-resolver-configuration';
import { Ip } from './ip';
import type { IpInit } from './ip';
import { NetworkLabel } from './network-label';
import type { NetworkLabelInit } from './network-label';
import type { NetworkStatus } from './network-status';
import type { NetworkUsage } from './network-usage';
import { OpenStackNetworkProvider } from './open-stack-network-provider';
import type { OpenStackNetworkProviderInit } from './open-stack-network-provider';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Qos } from './qos';
import type { QosInit } from './qos';
import { Vlan } from './vlan';
import type { VlanInit } from './vlan';
import { VnicProfile } from './vnic-profile';
import type { VnicProfileInit } from './vnic-profile';

/**
 * The `network` type of the API, on the wire `<network>` (a list: `<networks>` with one `<network>` per item); 16 attributes and 8 links.
 *
 * Create one with `new Network({ ... })`, or pass a plain {@link NetworkInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network}
 */
export class Network extends Struct {
  /**
   * `Ip`. On the wire: element `<ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `ip` attribute)
   * @deprecated The API model marks it deprecated.
   */
  ip?: Ip;

  /**
   * `Vlan`. On the wire: element `<vlan>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `vlan` attribute)
   */
  vlan?: Vlan;

  /**
   * `boolean`. On the wire: element `<stp>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `stp` attribute)
   */
  stp?: boolean;

  /**
   * `NetworkStatus` (`operational`, `non_operational`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `status` attribute)
   */
  status?: NetworkStatus | (string & {});

  /**
   * `boolean`. On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `display` attribute)
   * @deprecated The API model marks it deprecated.
   */
  display?: boolean;

  /**
   * `number` (an integer). On the wire: element `<mtu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `mtu` attribute)
   */
  mtu?: number;

  /**
   * A list of `NetworkUsage` (`default_route`, `display`, `gluster`, `management`, `migration`, `vm`; or another string, from a newer engine). On the wire: element `<usages>` with one `<usage>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `usages` attribute)
   */
  usages?: List<NetworkUsage | (string & {})>;

  /**
   * `boolean`. On the wire: element `<required>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `required` attribute)
   */
  required?: boolean;

  /**
   * `boolean`. On the wire: element `<profile_required>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `profile_required` attribute)
   */
  profileRequired?: boolean;

  /**
   * `DnsResolverConfiguration`. On the wire: element `<dns_resolver_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `dns_resolver_configuration` attribute)
   * @since API 4.2
   */
  dnsResolverConfiguration?: DnsResolverConfiguration;

  /**
   * `string`. On the wire: element `<vdsm_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `vdsm_name` attribute)
   */
  vdsmName?: string;

  /**
   * `boolean`. On the wire: element `<port_isolation>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `port_isolation` attribute)
   * @since API 4.4.3
   */
  portIsolation?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `DataCenter`. On the wire: element `<data_center>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `data_center` link)
   */
  dataCenter?: DataCenter;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * `Qos`. On the wire: element `<qos>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `qos` link)
   */
  qos?: Qos;

  /**
   * A list of `NetworkLabel`. On the wire: a link, `<link rel="networklabels" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<network_labels>` with one `<network_label>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `network_labels` link)
   */
  networkLabels?: List<NetworkLabel>;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * A list of `VnicProfile`. On the wire: a link, `<link rel="vnicprofiles" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<vnic_profiles>` with one `<vnic_profile>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `vnic_profiles` link)
   */
  vnicProfiles?: List<VnicProfile>;

  /**
   * `OpenStackNetworkProvider`. On the wire: element `<external_provider>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `external_provider` link)
   * @since API 4.2
   */
  externalProvider?: OpenStackNetworkProvider;

  /**
   * `Network`. On the wire: element `<external_provider_physical_network>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `external_provider_physical_network` link)
   * @since API 4.2
   */
  externalProviderPhysicalNetwork?: Network;

  /**
   * Creates a `network` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: NetworkInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.ip = undefined;
      this.vlan = undefined;
      this.stp = undefined;
      this.status = undefined;
      this.display = undefined;
      this.mtu = undefined;
      this.usages = undefined;
      this.required = undefined;
      this.profileRequired = undefined;
      this.dnsResolverConfiguration = undefined;
      this.vdsmName = undefined;
      this.portIsolation = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.dataCenter = undefined;
      this.cluster = undefined;
      this.qos = undefined;
      this.networkLabels = undefined;
      this.permissions = undefined;
      this.vnicProfiles = undefined;
      this.externalProvider = undefined;
      this.externalProviderPhysicalNetwork = undefined;
    }
  }
}

/**
 * A `network` as the SDK accepts it: a {@link Network} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network}
 */
export interface NetworkInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network}
   */
  href?: string;
  /**
   * `IpInit` (a `Ip` or a plain object). On the wire: element `<ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `ip` attribute)
   * @deprecated The API model marks it deprecated.
   */
  ip?: IpInit;
  /**
   * `VlanInit` (a `Vlan` or a plain object). On the wire: element `<vlan>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `vlan` attribute)
   */
  vlan?: VlanInit;
  /**
   * `boolean`. On the wire: element `<stp>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `stp` attribute)
   */
  stp?: boolean;
  /**
   * `NetworkStatus` (`operational`, `non_operational`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `status` attribute)
   */
  status?: NetworkStatus | (string & {});
  /**
   * `boolean`. On the wire: element `<display>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `display` attribute)
   * @deprecated The API model marks it deprecated.
   */
  display?: boolean;
  /**
   * `number` (an integer). On the wire: element `<mtu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `mtu` attribute)
   */
  mtu?: number;
  /**
   * A list of `NetworkUsage` (`default_route`, `display`, `gluster`, `management`, `migration`, `vm`; another string is sent as it is). On the wire: element `<usages>` with one `<usage>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `usages` attribute)
   */
  usages?: (NetworkUsage | (string & {}))[];
  /**
   * `boolean`. On the wire: element `<required>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `required` attribute)
   */
  required?: boolean;
  /**
   * `boolean`. On the wire: element `<profile_required>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `profile_required` attribute)
   */
  profileRequired?: boolean;
  /**
   * `DnsResolverConfigurationInit` (a `DnsResolverConfiguration` or a plain object). On the wire: element `<dns_resolver_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `dns_resolver_configuration` attribute)
   * @since API 4.2
   */
  dnsResolverConfiguration?: DnsResolverConfigurationInit;
  /**
   * `string`. On the wire: element `<vdsm_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `vdsm_name` attribute)
   */
  vdsmName?: string;
  /**
   * `boolean`. On the wire: element `<port_isolation>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `port_isolation` attribute)
   * @since API 4.4.3
   */
  portIsolation?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<network>`.
   *
   * Needed by:
   * - `NetworkAttachmentsService.add`: `attachment.network.name` or `attachment.network.id`
   * - `VirtualFunctionAllowedNetworksService.add`: `network.id` or `network.name`
   * - `VnicProfilesService.add`: `profile.network.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `NetworkAttachmentsService.add`: `attachment.network.name` or `attachment.network.id`
   * - `NetworksService.add`: `network.name`
   * - `VirtualFunctionAllowedNetworksService.add`: `network.id` or `network.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `DataCenterInit` (a `DataCenter` or a plain object). On the wire: element `<data_center>`.
   *
   * Needed by:
   * - `NetworksService.add`: `network.dataCenter.name` or `network.dataCenter.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `data_center` link)
   */
  dataCenter?: DataCenterInit;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `cluster` link)
   */
  cluster?: ClusterInit;
  /**
   * `QosInit` (a `Qos` or a plain object). On the wire: element `<qos>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `qos` link)
   */
  qos?: QosInit;
  /**
   * A list of `NetworkLabelInit` (a `NetworkLabel` or a plain object). On the wire: element `<network_labels>` with one `<network_label>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `network_labels` link)
   */
  networkLabels?: NetworkLabelInit[];
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `permissions` link)
   */
  permissions?: PermissionInit[];
  /**
   * A list of `VnicProfileInit` (a `VnicProfile` or a plain object). On the wire: element `<vnic_profiles>` with one `<vnic_profile>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `vnic_profiles` link)
   */
  vnicProfiles?: VnicProfileInit[];
  /**
   * `OpenStackNetworkProviderInit` (a `OpenStackNetworkProvider` or a plain object). On the wire: element `<external_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `external_provider` link)
   * @since API 4.2
   */
  externalProvider?: OpenStackNetworkProviderInit;
  /**
   * `NetworkInit` (a `Network` or a plain object). On the wire: element `<external_provider_physical_network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network | reference: network} (its `external_provider_physical_network` link)
   * @since API 4.2
   */
  externalProviderPhysicalNetwork?: NetworkInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Network, () => ({
  href: VALUE,
  ip: Ip,
  vlan: Vlan,
  stp: VALUE,
  status: VALUE,
  display: VALUE,
  mtu: VALUE,
  usages: [VALUE],
  required: VALUE,
  profileRequired: VALUE,
  dnsResolverConfiguration: DnsResolverConfiguration,
  vdsmName: VALUE,
  portIsolation: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  dataCenter: DataCenter,
  cluster: Cluster,
  qos: Qos,
  networkLabels: [NetworkLabel],
  permissions: [Permission],
  vnicProfiles: [VnicProfile],
  externalProvider: OpenStackNetworkProvider,
  externalProviderPhysicalNetwork: Network,
}));
