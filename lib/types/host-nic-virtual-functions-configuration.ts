// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `host_nic_virtual_functions_configuration` type of the API, on the wire `<host_nic_virtual_functions_configuration>` (a list: `<host_nic_virtual_functions_configurations>` with one `<host_nic_virtual_functions_configuration>` per item); 3 attributes and 0 links.
 *
 * Create one with `new HostNicVirtualFunctionsConfiguration({ ... })`, or pass a plain {@link HostNicVirtualFunctionsConfigurationInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic_virtual_functions_configuration | reference: host_nic_virtual_functions_configuration}
 */
export class HostNicVirtualFunctionsConfiguration extends Struct {
  /**
   * `number` (an integer). On the wire: element `<max_number_of_virtual_functions>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic_virtual_functions_configuration | reference: host_nic_virtual_functions_configuration} (its `max_number_of_virtual_functions` attribute)
   */
  maxNumberOfVirtualFunctions?: number;

  /**
   * `number` (an integer). On the wire: element `<number_of_virtual_functions>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic_virtual_functions_configuration | reference: host_nic_virtual_functions_configuration} (its `number_of_virtual_functions` attribute)
   */
  numberOfVirtualFunctions?: number;

  /**
   * `boolean`. On the wire: element `<all_networks_allowed>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic_virtual_functions_configuration | reference: host_nic_virtual_functions_configuration} (its `all_networks_allowed` attribute)
   */
  allNetworksAllowed?: boolean;

  /**
   * Creates a `host_nic_virtual_functions_configuration` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: HostNicVirtualFunctionsConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.maxNumberOfVirtualFunctions = undefined;
      this.numberOfVirtualFunctions = undefined;
      this.allNetworksAllowed = undefined;
    }
  }
}

/**
 * A `host_nic_virtual_functions_configuration` as the SDK accepts it: a {@link HostNicVirtualFunctionsConfiguration} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic_virtual_functions_configuration | reference: host_nic_virtual_functions_configuration}
 */
export interface HostNicVirtualFunctionsConfigurationInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<host_nic_virtual_functions_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic_virtual_functions_configuration | reference: host_nic_virtual_functions_configuration}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<max_number_of_virtual_functions>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic_virtual_functions_configuration | reference: host_nic_virtual_functions_configuration} (its `max_number_of_virtual_functions` attribute)
   */
  maxNumberOfVirtualFunctions?: number;
  /**
   * `number` (an integer). On the wire: element `<number_of_virtual_functions>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic_virtual_functions_configuration | reference: host_nic_virtual_functions_configuration} (its `number_of_virtual_functions` attribute)
   */
  numberOfVirtualFunctions?: number;
  /**
   * `boolean`. On the wire: element `<all_networks_allowed>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_nic_virtual_functions_configuration | reference: host_nic_virtual_functions_configuration} (its `all_networks_allowed` attribute)
   */
  allNetworksAllowed?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HostNicVirtualFunctionsConfiguration, () => ({
  href: VALUE,
  maxNumberOfVirtualFunctions: VALUE,
  numberOfVirtualFunctions: VALUE,
  allNetworksAllowed: VALUE,
}));
