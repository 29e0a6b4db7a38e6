// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `network_attachment` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment}
 */
export class NetworkAttachment extends Struct {
  /** The `ip_address_assignments` attribute (`<ip_address_assignments>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/attributes/ip_address_assignments} */
  ipAddressAssignments?: List<IpAddressAssignment>;

  /** The `properties` attribute (`<properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/attributes/properties} */
  properties?: List<Property>;

  /** The `in_sync` attribute (`<in_sync>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/attributes/in_sync} */
  inSync?: boolean;

  /** The `reported_configurations` attribute (`<reported_configurations>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/attributes/reported_configurations} */
  reportedConfigurations?: List<ReportedConfiguration>;

  /**
   * The `dns_resolver_configuration` attribute (`<dns_resolver_configuration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/attributes/dns_resolver_configuration}
   * @since API 4.2
   */
  dnsResolverConfiguration?: DnsResolverConfiguration;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/attributes/comment} */
  comment?: string;

  /** The `network` link (`<network>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/links/network} */
  network?: Network;

  /** The `host_nic` link (`<host_nic>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/links/host_nic} */
  hostNic?: HostNic;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/links/host} */
  host?: Host;

  /** The `qos` link (`<qos>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_attachment/links/qos} */
  qos?: Qos;

  /** Creates a `network_attachment`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: NetworkAttachmentInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `network_attachment` as the SDK accepts it: a {@link NetworkAttachment} or a plain object of the same shape, at any depth. */
export interface NetworkAttachmentInit {
  href?: string;
  ipAddressAssignments?: IpAddressAssignmentInit[];
  properties?: PropertyInit[];
  inSync?: boolean;
  reportedConfigurations?: ReportedConfigurationInit[];
  dnsResolverConfiguration?: DnsResolverConfigurationInit;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  network?: NetworkInit;
  hostNic?: HostNicInit;
  host?: HostInit;
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
