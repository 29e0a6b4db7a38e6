// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `network` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network}
 */
export class Network extends Struct {
  /**
   * The `ip` attribute (`<ip>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/ip}
   * @deprecated The model marks it deprecated.
   */
  ip?: Ip;

  /** The `vlan` attribute (`<vlan>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/vlan} */
  vlan?: Vlan;

  /** The `stp` attribute (`<stp>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/stp} */
  stp?: boolean;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/status} */
  status?: NetworkStatus;

  /**
   * The `display` attribute (`<display>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/display}
   * @deprecated The model marks it deprecated.
   */
  display?: boolean;

  /** The `mtu` attribute (`<mtu>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/mtu} */
  mtu?: number;

  /** The `usages` attribute (`<usages>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/usages} */
  usages?: List<NetworkUsage>;

  /** The `required` attribute (`<required>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/required} */
  required?: boolean;

  /** The `profile_required` attribute (`<profile_required>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/profile_required} */
  profileRequired?: boolean;

  /**
   * The `dns_resolver_configuration` attribute (`<dns_resolver_configuration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/dns_resolver_configuration}
   * @since API 4.2
   */
  dnsResolverConfiguration?: DnsResolverConfiguration;

  /** The `vdsm_name` attribute (`<vdsm_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/vdsm_name} */
  vdsmName?: string;

  /**
   * The `port_isolation` attribute (`<port_isolation>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/port_isolation}
   * @since API 4.4.3
   */
  portIsolation?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/attributes/comment} */
  comment?: string;

  /** The `data_center` link (`<data_center>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/links/data_center} */
  dataCenter?: DataCenter;

  /** The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/links/cluster} */
  cluster?: Cluster;

  /** The `qos` link (`<qos>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/links/qos} */
  qos?: Qos;

  /** The `network_labels` link (`<network_labels>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/links/network_labels} */
  networkLabels?: List<NetworkLabel>;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/links/permissions} */
  permissions?: List<Permission>;

  /** The `vnic_profiles` link (`<vnic_profiles>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/links/vnic_profiles} */
  vnicProfiles?: List<VnicProfile>;

  /**
   * The `external_provider` link (`<external_provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/links/external_provider}
   * @since API 4.2
   */
  externalProvider?: OpenStackNetworkProvider;

  /**
   * The `external_provider_physical_network` link (`<external_provider_physical_network>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network/links/external_provider_physical_network}
   * @since API 4.2
   */
  externalProviderPhysicalNetwork?: Network;

  /** Creates a `network`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: NetworkInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `network` as the SDK accepts it: a {@link Network} or a plain object of the same shape, at any depth. */
export interface NetworkInit {
  href?: string;
  ip?: IpInit;
  vlan?: VlanInit;
  stp?: boolean;
  status?: NetworkStatus;
  display?: boolean;
  mtu?: number;
  usages?: NetworkUsage[];
  required?: boolean;
  profileRequired?: boolean;
  dnsResolverConfiguration?: DnsResolverConfigurationInit;
  vdsmName?: string;
  portIsolation?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  dataCenter?: DataCenterInit;
  cluster?: ClusterInit;
  qos?: QosInit;
  networkLabels?: NetworkLabelInit[];
  permissions?: PermissionInit[];
  vnicProfiles?: VnicProfileInit[];
  externalProvider?: OpenStackNetworkProviderInit;
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
