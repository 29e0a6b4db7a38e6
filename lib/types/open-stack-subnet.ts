// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { OpenStackNetwork } from './open-stack-network';
import type { OpenStackNetworkInit } from './open-stack-network';

/**
 * The `open_stack_subnet` type of the API, on the wire `<openstack_subnet>` (a list: `<openstack_subnets>` with one `<openstack_subnet>` per item); 8 attributes and 1 link.
 *
 * Create one with `new OpenStackSubnet({ ... })`, or pass a plain {@link OpenStackSubnetInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet}
 */
export class OpenStackSubnet extends Struct {
  /**
   * `string`. On the wire: element `<cidr>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `cidr` attribute)
   */
  cidr?: string;

  /**
   * `string`. On the wire: element `<ip_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `ip_version` attribute)
   */
  ipVersion?: string;

  /**
   * `string`. On the wire: element `<gateway>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `gateway` attribute)
   */
  gateway?: string;

  /**
   * A list of `string`. On the wire: element `<dns_servers>` with one `<dns_server>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `dns_servers` attribute)
   */
  dnsServers?: List<string>;

  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_subnet>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `OpenStackNetwork`. On the wire: element `<openstack_network>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `openstack_network` link)
   */
  openstackNetwork?: OpenStackNetwork;

  /**
   * Creates a `open_stack_subnet` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: OpenStackSubnetInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.cidr = undefined;
      this.ipVersion = undefined;
      this.gateway = undefined;
      this.dnsServers = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.openstackNetwork = undefined;
    }
  }
}

/**
 * A `open_stack_subnet` as the SDK accepts it: a {@link OpenStackSubnet} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet}
 */
export interface OpenStackSubnetInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<openstack_subnet>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<cidr>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `cidr` attribute)
   */
  cidr?: string;
  /**
   * `string`. On the wire: element `<ip_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `ip_version` attribute)
   */
  ipVersion?: string;
  /**
   * `string`. On the wire: element `<gateway>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `gateway` attribute)
   */
  gateway?: string;
  /**
   * A list of `string`. On the wire: element `<dns_servers>` with one `<dns_server>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `dns_servers` attribute)
   */
  dnsServers?: string[];
  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_subnet>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `OpenStackNetworkInit` (a `OpenStackNetwork` or a plain object). On the wire: element `<openstack_network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_subnet | reference: open_stack_subnet} (its `openstack_network` link)
   */
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
