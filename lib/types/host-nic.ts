// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Bonding } from './bonding';
import type { BondingInit } from './bonding';
import type { BootProtocol } from './boot-protocol';
import { Host } from './host';
import type { HostInit } from './host';
import { HostNicVirtualFunctionsConfiguration } from './host-nic-virtual-functions-configuration';
import type { HostNicVirtualFunctionsConfigurationInit } from './host-nic-virtual-functions-configuration';
import { Ip } from './ip';
import type { IpInit } from './ip';
import { Mac } from './mac';
import type { MacInit } from './mac';
import { Network } from './network';
import type { NetworkInit } from './network';
import { NetworkLabel } from './network-label';
import type { NetworkLabelInit } from './network-label';
import type { NicStatus } from './nic-status';
import { Property } from './property';
import type { PropertyInit } from './property';
import { Qos } from './qos';
import type { QosInit } from './qos';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';
import { Vlan } from './vlan';
import type { VlanInit } from './vlan';

/**
 * The `host_nic` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic}
 */
export class HostNic extends Struct {
  /** The `mac` attribute (`<mac>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/mac} */
  mac?: Mac;

  /** The `ip` attribute (`<ip>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/ip} */
  ip?: Ip;

  /** The `ipv6` attribute (`<ipv6>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/ipv6} */
  ipv6?: Ip;

  /** The `base_interface` attribute (`<base_interface>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/base_interface} */
  baseInterface?: string;

  /** The `vlan` attribute (`<vlan>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/vlan} */
  vlan?: Vlan;

  /** The `bonding` attribute (`<bonding>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/bonding} */
  bonding?: Bonding;

  /** The `boot_protocol` attribute (`<boot_protocol>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/boot_protocol} */
  bootProtocol?: BootProtocol;

  /** The `ipv6_boot_protocol` attribute (`<ipv6_boot_protocol>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/ipv6_boot_protocol} */
  ipv6BootProtocol?: BootProtocol;

  /** The `check_connectivity` attribute (`<check_connectivity>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/check_connectivity} */
  checkConnectivity?: boolean;

  /** The `speed` attribute (`<speed>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/speed} */
  speed?: number;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/status} */
  status?: NicStatus;

  /** The `mtu` attribute (`<mtu>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/mtu} */
  mtu?: number;

  /** The `bridged` attribute (`<bridged>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/bridged} */
  bridged?: boolean;

  /** The `custom_configuration` attribute (`<custom_configuration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/custom_configuration} */
  customConfiguration?: boolean;

  /** The `override_configuration` attribute (`<override_configuration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/override_configuration} */
  overrideConfiguration?: boolean;

  /** The `properties` attribute (`<properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/properties} */
  properties?: List<Property>;

  /**
   * The `ad_aggregator_id` attribute (`<ad_aggregator_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/ad_aggregator_id}
   * @since API 4.0.3
   */
  adAggregatorId?: number;

  /** The `virtual_functions_configuration` attribute (`<virtual_functions_configuration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/virtual_functions_configuration} */
  virtualFunctionsConfiguration?: HostNicVirtualFunctionsConfiguration;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/attributes/comment} */
  comment?: string;

  /** The `statistics` link (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/links/statistics} */
  statistics?: List<Statistic>;

  /** The `network_labels` link (`<network_labels>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/links/network_labels} */
  networkLabels?: List<NetworkLabel>;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/links/host} */
  host?: Host;

  /** The `network` link (`<network>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/links/network} */
  network?: Network;

  /** The `qos` link (`<qos>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/links/qos} */
  qos?: Qos;

  /** The `physical_function` link (`<physical_function>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic/links/physical_function} */
  physicalFunction?: HostNic;

  /** Creates a `host_nic`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: HostNicInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `host_nic` as the SDK accepts it: a {@link HostNic} or a plain object of the same shape, at any depth. */
export interface HostNicInit {
  href?: string;
  mac?: MacInit;
  ip?: IpInit;
  ipv6?: IpInit;
  baseInterface?: string;
  vlan?: VlanInit;
  bonding?: BondingInit;
  bootProtocol?: BootProtocol;
  ipv6BootProtocol?: BootProtocol;
  checkConnectivity?: boolean;
  speed?: number;
  status?: NicStatus;
  mtu?: number;
  bridged?: boolean;
  customConfiguration?: boolean;
  overrideConfiguration?: boolean;
  properties?: PropertyInit[];
  adAggregatorId?: number;
  virtualFunctionsConfiguration?: HostNicVirtualFunctionsConfigurationInit;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  statistics?: StatisticInit[];
  networkLabels?: NetworkLabelInit[];
  host?: HostInit;
  network?: NetworkInit;
  qos?: QosInit;
  physicalFunction?: HostNicInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HostNic, () => ({
  href: VALUE,
  mac: Mac,
  ip: Ip,
  ipv6: Ip,
  baseInterface: VALUE,
  vlan: Vlan,
  bonding: Bonding,
  bootProtocol: VALUE,
  ipv6BootProtocol: VALUE,
  checkConnectivity: VALUE,
  speed: VALUE,
  status: VALUE,
  mtu: VALUE,
  bridged: VALUE,
  customConfiguration: VALUE,
  overrideConfiguration: VALUE,
  properties: [Property],
  adAggregatorId: VALUE,
  virtualFunctionsConfiguration: HostNicVirtualFunctionsConfiguration,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  statistics: [Statistic],
  networkLabels: [NetworkLabel],
  host: Host,
  network: Network,
  qos: Qos,
  physicalFunction: HostNic,
}));
