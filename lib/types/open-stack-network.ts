// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { OpenStackNetworkProvider } from './open-stack-network-provider';
import type { OpenStackNetworkProviderInit } from './open-stack-network-provider';

/**
 * The `open_stack_network` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network}
 */
export class OpenStackNetwork extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network/attributes/comment} */
  comment?: string;

  /** The `openstack_network_provider` link (`<openstack_network_provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_network/links/openstack_network_provider} */
  openstackNetworkProvider?: OpenStackNetworkProvider;

  /** Creates a `open_stack_network`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: OpenStackNetworkInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `open_stack_network` as the SDK accepts it: a {@link OpenStackNetwork} or a plain object of the same shape, at any depth. */
export interface OpenStackNetworkInit {
  href?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
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
