// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link OpenstackSubnetService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnet/methods/get | reference: openstack_subnet.get}
 */
export interface OpenstackSubnetServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /openstacknetworkproviders/{provider_id}/networks/{network_id}/subnets/{subnet_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnet/methods/get | reference: openstack_subnet.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link OpenstackSubnetService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnet/methods/remove | reference: openstack_subnet.remove}
 */
export interface OpenstackSubnetServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /openstacknetworkproviders/{provider_id}/networks/{network_id}/subnets/{subnet_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnet/methods/remove | reference: openstack_subnet.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('OpenstackSubnetService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('OpenstackSubnetService.remove', { async: 'boolean' });

/**
 * The `openstack_subnet` service of the API.
 *
 * Path below the API root: `/openstacknetworkproviders/{provider_id}/networks/{network_id}/subnets/{subnet_id}`.
 * Reached with `connection.systemService().openstackNetworkProvidersService().providerService(id).networksService().networkService(id).subnetsService().subnetService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnet | reference: openstack_subnet}
 */
export class OpenstackSubnetService extends Service {
  /**
   * Retrieves the `open_stack_subnet`: sends `GET /openstacknetworkproviders/{provider_id}/networks/{network_id}/subnets/{subnet_id}` and reads the `<openstack_subnet>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnet/methods/get | reference: openstack_subnet.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackSubnetServiceGetOptions}).
   * @returns The `subnet`: `OpenStackSubnet`.
   */
  get(opts: OpenstackSubnetServiceGetOptions = {}): Promise<t.OpenStackSubnet> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.OpenStackSubnet>;
  }

  /**
   * Removes: sends `DELETE /openstacknetworkproviders/{provider_id}/networks/{network_id}/subnets/{subnet_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnet/methods/remove | reference: openstack_subnet.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackSubnetServiceRemoveOptions}).
   */
  remove(opts: OpenstackSubnetServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
