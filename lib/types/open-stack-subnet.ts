// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { OpenStackNetwork } from './open-stack-network';
import type { OpenStackNetworkInit } from './open-stack-network';

/**
 * The `open_stack_subnet` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_subnet}
 */
export class OpenStackSubnet extends Struct {
  /** The `cidr` attribute (`<cidr>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_subnet/attributes/cidr} */
  cidr?: string;

  /** The `ip_version` attribute (`<ip_version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_subnet/attributes/ip_version} */
  ipVersion?: string;

  /** The `gateway` attribute (`<gateway>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_subnet/attributes/gateway} */
  gateway?: string;

  /** The `dns_servers` attribute (`<dns_servers>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_subnet/attributes/dns_servers} */
  dnsServers?: List<string>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_subnet/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_subnet/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_subnet/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_subnet/attributes/comment} */
  comment?: string;

  /** The `openstack_network` link (`<openstack_network>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_subnet/links/openstack_network} */
  openstackNetwork?: OpenStackNetwork;

  /** Creates a `open_stack_subnet`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: OpenStackSubnetInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `open_stack_subnet` as the SDK accepts it: a {@link OpenStackSubnet} or a plain object of the same shape, at any depth. */
export interface OpenStackSubnetInit {
  href?: string;
  cidr?: string;
  ipVersion?: string;
  gateway?: string;
  dnsServers?: string[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  openstackNetwork?: OpenStackNetworkInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(OpenStackSubnet, () => ({
  href: VALUE,
  cidr: VALUE,
  ipVersion: VALUE,
  gateway: VALUE,
  dnsServers: [VALUE],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  openstackNetwork: OpenStackNetwork,
}));
