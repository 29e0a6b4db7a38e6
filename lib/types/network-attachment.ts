// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { DnsResolverConfiguration } from './dns-resolver-configuration';
import type { DnsResolverConfigurationInit } from './dns-resolver-configuration';
import { Host } from './host';
import type { HostInit } from './host';
import { HostNic } from './host-nic';
import type { HostNicInit } from './host-nic';
import { IpAddressAssignment } from './ip-address-assignment';
import type { IpAddressAssignmentInit } from './ip-address-assignment';
import { Network } from './network';
import type { NetworkInit } from './network';
import { Property } from './property';
import type { PropertyInit } from './property';
import { Qos } from './qos';
import type { QosInit } from './qos';
import { ReportedConfiguration } from './reported-configuration';
import type { ReportedConfigurationInit } from './reported-configuration';

/**
 * The `network_attachment` type of the API, on the wire `<network_attachment>` (a list: `<network_attachments>` with one `<network_attachment>` per item); 9 attributes and 4 links.
 *
 * Create one with `new NetworkAttachment({ ... })`, or pass a plain {@link NetworkAttachmentInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment}
 */
export class NetworkAttachment extends Struct {
  /**
   * A list of `IpAddressAssignment`. On the wire: element `<ip_address_assignments>` with one `<ip_address_assignment>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `ip_address_assignments` attribute)
   */
  ipAddressAssignments?: List<IpAddressAssignment>;

  /**
   * A list of `Property`. On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `properties` attribute)
   */
  properties?: List<Property>;

  /**
   * `boolean`. On the wire: element `<in_sync>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `in_sync` attribute)
   */
  inSync?: boolean;

  /**
   * A list of `ReportedConfiguration`. On the wire: element `<reported_configurations>` with one `<reported_configuration>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `reported_configurations` attribute)
   */
  reportedConfigurations?: List<ReportedConfiguration>;

  /**
   * `DnsResolverConfiguration`. On the wire: element `<dns_resolver_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `dns_resolver_configuration` attribute)
   * @since API 4.2
   */
  dnsResolverConfiguration?: DnsResolverConfiguration;

  /**
   * `string`. On the wire: XML attribute `id` of `<network_attachment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Network`. On the wire: element `<network>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `network` link)
   */
  network?: Network;

  /**
   * `HostNic`. On the wire: element `<host_nic>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `host_nic` link)
   */
  hostNic?: HostNic;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `host` link)
   */
  host?: Host;

  /**
   * `Qos`. On the wire: element `<qos>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `qos` link)
   */
  qos?: Qos;

  /**
   * Creates a `network_attachment` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: NetworkAttachmentInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.ipAddressAssignments = undefined;
      this.properties = undefined;
      this.inSync = undefined;
      this.reportedConfigurations = undefined;
      this.dnsResolverConfiguration = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.network = undefined;
      this.hostNic = undefined;
      this.host = undefined;
      this.qos = undefined;
    }
  }
}

/**
 * A `network_attachment` as the SDK accepts it: a {@link NetworkAttachment} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment}
 */
export interface NetworkAttachmentInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<network_attachment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment}
   */
  href?: string;
  /**
   * A list of `IpAddressAssignmentInit` (a `IpAddressAssignment` or a plain object). On the wire: element `<ip_address_assignments>` with one `<ip_address_assignment>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `ip_address_assignments` attribute)
   */
  ipAddressAssignments?: IpAddressAssignmentInit[];
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `properties` attribute)
   */
  properties?: PropertyInit[];
  /**
   * `boolean`. On the wire: element `<in_sync>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `in_sync` attribute)
   */
  inSync?: boolean;
  /**
   * A list of `ReportedConfigurationInit` (a `ReportedConfiguration` or a plain object). On the wire: element `<reported_configurations>` with one `<reported_configuration>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `reported_configurations` attribute)
   */
  reportedConfigurations?: ReportedConfigurationInit[];
  /**
   * `DnsResolverConfigurationInit` (a `DnsResolverConfiguration` or a plain object). On the wire: element `<dns_resolver_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `dns_resolver_configuration` attribute)
   * @since API 4.2
   */
  dnsResolverConfiguration?: DnsResolverConfigurationInit;
  /**
   * `string`. On the wire: XML attribute `id` of `<network_attachment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `NetworkInit` (a `Network` or a plain object). On the wire: element `<network>`.
   *
   * Needed by:
   * - `NetworkAttachmentsService.add`: `attachment.network.name` or `attachment.network.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `network` link)
   */
  network?: NetworkInit;
  /**
   * `HostNicInit` (a `HostNic` or a plain object). On the wire: element `<host_nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `host_nic` link)
   */
  hostNic?: HostNicInit;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `host` link)
   */
  host?: HostInit;
  /**
   * `QosInit` (a `Qos` or a plain object). On the wire: element `<qos>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_attachment | reference: network_attachment} (its `qos` link)
   */
  qos?: QosInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NetworkAttachment, () => ({
  href: VALUE,
  ipAddressAssignments: [IpAddressAssignment],
  properties: [Property],
  inSync: VALUE,
  reportedConfigurations: [ReportedConfiguration],
  dnsResolverConfiguration: DnsResolverConfiguration,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  network: Network,
  hostNic: HostNic,
  host: Host,
  qos: Qos,
}));
