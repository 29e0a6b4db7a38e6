// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `host_nic_virtual_functions_configuration` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic_virtual_functions_configuration}
 */
export class HostNicVirtualFunctionsConfiguration extends Struct {
  /** The `max_number_of_virtual_functions` attribute (`<max_number_of_virtual_functions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic_virtual_functions_configuration/attributes/max_number_of_virtual_functions} */
  maxNumberOfVirtualFunctions?: number;

  /** The `number_of_virtual_functions` attribute (`<number_of_virtual_functions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic_virtual_functions_configuration/attributes/number_of_virtual_functions} */
  numberOfVirtualFunctions?: number;

  /** The `all_networks_allowed` attribute (`<all_networks_allowed>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_nic_virtual_functions_configuration/attributes/all_networks_allowed} */
  allNetworksAllowed?: boolean;

  /** Creates a `host_nic_virtual_functions_configuration`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: HostNicVirtualFunctionsConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `host_nic_virtual_functions_configuration` as the SDK accepts it: a {@link HostNicVirtualFunctionsConfiguration} or a plain object of the same shape, at any depth. */
export interface HostNicVirtualFunctionsConfigurationInit {
  href?: string;
  maxNumberOfVirtualFunctions?: number;
  numberOfVirtualFunctions?: number;
  allNetworksAllowed?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HostNicVirtualFunctionsConfiguration, () => ({
  href: VALUE,
  maxNumberOfVirtualFunctions: VALUE,
  numberOfVirtualFunctions: VALUE,
  allNetworksAllowed: VALUE,
}));
