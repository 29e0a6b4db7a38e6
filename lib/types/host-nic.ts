// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `host_nic` type of the API, on the wire `<host_nic>` (a list: `<host_nics>` with one `<host_nic>` per item); 22 attributes and 6 links.
 *
 * Create one with `new HostNic({ ... })`, or pass a plain {@link HostNicInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic}
 */
export class HostNic extends Struct {
  /**
   * `Mac`. On the wire: element `<mac>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `mac` attribute)
   */
  mac?: Mac;

  /**
   * `Ip`. On the wire: element `<ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `ip` attribute)
   */
  ip?: Ip;

  /**
   * `Ip`. On the wire: element `<ipv6>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `ipv6` attribute)
   */
  ipv6?: Ip;

  /**
   * `string`. On the wire: element `<base_interface>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `base_interface` attribute)
   */
  baseInterface?: string;

  /**
   * `Vlan`. On the wire: element `<vlan>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `vlan` attribute)
   */
  vlan?: Vlan;

  /**
   * `Bonding`. On the wire: element `<bonding>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `bonding` attribute)
   */
  bonding?: Bonding;

  /**
   * `BootProtocol` (`autoconf`, `dhcp`, `poly_dhcp_autoconf`, `static`, `none`; or another string, from a newer engine). On the wire: element `<boot_protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `boot_protocol` attribute)
   */
  bootProtocol?: BootProtocol | (string & {});

  /**
   * `BootProtocol` (`autoconf`, `dhcp`, `poly_dhcp_autoconf`, `static`, `none`; or another string, from a newer engine). On the wire: element `<ipv6_boot_protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `ipv6_boot_protocol` attribute)
   */
  ipv6BootProtocol?: BootProtocol | (string & {});

  /**
   * `boolean`. On the wire: element `<check_connectivity>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `check_connectivity` attribute)
   */
  checkConnectivity?: boolean;

  /**
   * `number` (an integer). On the wire: element `<speed>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `speed` attribute)
   */
  speed?: number;

  /**
   * `NicStatus` (`down`, `up`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `status` attribute)
   */
  status?: NicStatus | (string & {});

  /**
   * `number` (an integer). On the wire: element `<mtu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `mtu` attribute)
   */
  mtu?: number;

  /**
   * `boolean`. On the wire: element `<bridged>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `bridged` attribute)
   */
  bridged?: boolean;

  /**
   * `boolean`. On the wire: element `<custom_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `custom_configuration` attribute)
   */
  customConfiguration?: boolean;

  /**
   * `boolean`. On the wire: element `<override_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `override_configuration` attribute)
   */
  overrideConfiguration?: boolean;

  /**
   * A list of `Property`. On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `properties` attribute)
   */
  properties?: List<Property>;

  /**
   * `number` (an integer). On the wire: element `<ad_aggregator_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `ad_aggregator_id` attribute)
   * @since API 4.0.3
   */
  adAggregatorId?: number;

  /**
   * `HostNicVirtualFunctionsConfiguration`. On the wire: element `<virtual_functions_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `virtual_functions_configuration` attribute)
   */
  virtualFunctionsConfiguration?: HostNicVirtualFunctionsConfiguration;

  /**
   * `string`. On the wire: XML attribute `id` of `<host_nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `Statistic`. On the wire: a link, `<link rel="statistics" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `statistics` link)
   */
  statistics?: List<Statistic>;

  /**
   * A list of `NetworkLabel`. On the wire: a link, `<link rel="networklabels" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<network_labels>` with one `<network_label>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `network_labels` link)
   */
  networkLabels?: List<NetworkLabel>;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `host` link)
   */
  host?: Host;

  /**
   * `Network`. On the wire: element `<network>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `network` link)
   */
  network?: Network;

  /**
   * `Qos`. On the wire: element `<qos>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `qos` link)
   */
  qos?: Qos;

  /**
   * `HostNic`. On the wire: element `<physical_function>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `physical_function` link)
   */
  physicalFunction?: HostNic;

  /**
   * Creates a `host_nic` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: HostNicInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.mac = undefined;
      this.ip = undefined;
      this.ipv6 = undefined;
      this.baseInterface = undefined;
      this.vlan = undefined;
      this.bonding = undefined;
      this.bootProtocol = undefined;
      this.ipv6BootProtocol = undefined;
      this.checkConnectivity = undefined;
      this.speed = undefined;
      this.status = undefined;
      this.mtu = undefined;
      this.bridged = undefined;
      this.customConfiguration = undefined;
      this.overrideConfiguration = undefined;
      this.properties = undefined;
      this.adAggregatorId = undefined;
      this.virtualFunctionsConfiguration = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.statistics = undefined;
      this.networkLabels = undefined;
      this.host = undefined;
      this.network = undefined;
      this.qos = undefined;
      this.physicalFunction = undefined;
    }
  }
}

/**
 * A `host_nic` as the SDK accepts it: a {@link HostNic} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic}
 */
export interface HostNicInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<host_nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic}
   */
  href?: string;
  /**
   * `MacInit` (a `Mac` or a plain object). On the wire: element `<mac>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `mac` attribute)
   */
  mac?: MacInit;
  /**
   * `IpInit` (a `Ip` or a plain object). On the wire: element `<ip>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `ip` attribute)
   */
  ip?: IpInit;
  /**
   * `IpInit` (a `Ip` or a plain object). On the wire: element `<ipv6>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `ipv6` attribute)
   */
  ipv6?: IpInit;
  /**
   * `string`. On the wire: element `<base_interface>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `base_interface` attribute)
   */
  baseInterface?: string;
  /**
   * `VlanInit` (a `Vlan` or a plain object). On the wire: element `<vlan>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `vlan` attribute)
   */
  vlan?: VlanInit;
  /**
   * `BondingInit` (a `Bonding` or a plain object). On the wire: element `<bonding>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `bonding` attribute)
   */
  bonding?: BondingInit;
  /**
   * `BootProtocol` (`autoconf`, `dhcp`, `poly_dhcp_autoconf`, `static`, `none`; another string is sent as it is). On the wire: element `<boot_protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `boot_protocol` attribute)
   */
  bootProtocol?: BootProtocol | (string & {});
  /**
   * `BootProtocol` (`autoconf`, `dhcp`, `poly_dhcp_autoconf`, `static`, `none`; another string is sent as it is). On the wire: element `<ipv6_boot_protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `ipv6_boot_protocol` attribute)
   */
  ipv6BootProtocol?: BootProtocol | (string & {});
  /**
   * `boolean`. On the wire: element `<check_connectivity>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `check_connectivity` attribute)
   */
  checkConnectivity?: boolean;
  /**
   * `number` (an integer). On the wire: element `<speed>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `speed` attribute)
   */
  speed?: number;
  /**
   * `NicStatus` (`down`, `up`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `status` attribute)
   */
  status?: NicStatus | (string & {});
  /**
   * `number` (an integer). On the wire: element `<mtu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `mtu` attribute)
   */
  mtu?: number;
  /**
   * `boolean`. On the wire: element `<bridged>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `bridged` attribute)
   */
  bridged?: boolean;
  /**
   * `boolean`. On the wire: element `<custom_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `custom_configuration` attribute)
   */
  customConfiguration?: boolean;
  /**
   * `boolean`. On the wire: element `<override_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `override_configuration` attribute)
   */
  overrideConfiguration?: boolean;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `properties` attribute)
   */
  properties?: PropertyInit[];
  /**
   * `number` (an integer). On the wire: element `<ad_aggregator_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `ad_aggregator_id` attribute)
   * @since API 4.0.3
   */
  adAggregatorId?: number;
  /**
   * `HostNicVirtualFunctionsConfigurationInit` (a `HostNicVirtualFunctionsConfiguration` or a plain object). On the wire: element `<virtual_functions_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `virtual_functions_configuration` attribute)
   */
  virtualFunctionsConfiguration?: HostNicVirtualFunctionsConfigurationInit;
  /**
   * `string`. On the wire: XML attribute `id` of `<host_nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `StatisticInit` (a `Statistic` or a plain object). On the wire: element `<statistics>` with one `<statistic>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `statistics` link)
   */
  statistics?: StatisticInit[];
  /**
   * A list of `NetworkLabelInit` (a `NetworkLabel` or a plain object). On the wire: element `<network_labels>` with one `<network_label>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `network_labels` link)
   */
  networkLabels?: NetworkLabelInit[];
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `host` link)
   */
  host?: HostInit;
  /**
   * `NetworkInit` (a `Network` or a plain object). On the wire: element `<network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `network` link)
   */
  network?: NetworkInit;
  /**
   * `QosInit` (a `Qos` or a plain object). On the wire: element `<qos>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `qos` link)
   */
  qos?: QosInit;
  /**
   * `HostNicInit` (a `HostNic` or a plain object). On the wire: element `<physical_function>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic | reference: host_nic} (its `physical_function` link)
   */
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
