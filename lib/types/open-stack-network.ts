// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { OpenStackNetworkProvider } from './open-stack-network-provider';
import type { OpenStackNetworkProviderInit } from './open-stack-network-provider';

/**
 * The `open_stack_network` type of the API, on the wire `<openstack_network>` (a list: `<openstack_networks>` with one `<openstack_network>` per item); 4 attributes and 1 link.
 *
 * Create one with `new OpenStackNetwork({ ... })`, or pass a plain {@link OpenStackNetworkInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network}
 */
export class OpenStackNetwork extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `OpenStackNetworkProvider`. On the wire: element `<openstack_network_provider>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network} (its `openstack_network_provider` link)
   */
  openstackNetworkProvider?: OpenStackNetworkProvider;

  /**
   * Creates a `open_stack_network` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: OpenStackNetworkInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.openstackNetworkProvider = undefined;
    }
  }
}

/**
 * A `open_stack_network` as the SDK accepts it: a {@link OpenStackNetwork} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network}
 */
export interface OpenStackNetworkInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<openstack_network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `OpenStackNetworkProviderInit` (a `OpenStackNetworkProvider` or a plain object). On the wire: element `<openstack_network_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_network | reference: open_stack_network} (its `openstack_network_provider` link)
   */
  openstackNetworkProvider?: OpenStackNetworkProviderInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(OpenStackNetwork, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  openstackNetworkProvider: OpenStackNetworkProvider,
}));
