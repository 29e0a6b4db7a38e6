// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link VirtualFunctionAllowedNetworkService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/virtual_function_allowed_network/methods/get | reference: virtual_function_allowed_network.get}
 */
export interface VirtualFunctionAllowedNetworkServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/nics/{nic_id}/virtualfunctionallowednetworks/{network_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/virtual_function_allowed_network/methods/get | reference: virtual_function_allowed_network.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link VirtualFunctionAllowedNetworkService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/virtual_function_allowed_network/methods/remove | reference: virtual_function_allowed_network.remove}
 */
export interface VirtualFunctionAllowedNetworkServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /hosts/{host_id}/nics/{nic_id}/virtualfunctionallowednetworks/{network_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/virtual_function_allowed_network/methods/remove | reference: virtual_function_allowed_network.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VirtualFunctionAllowedNetworkService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('VirtualFunctionAllowedNetworkService.remove', { async: 'boolean' });

/**
 * The `virtual_function_allowed_network` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/nics/{nic_id}/virtualfunctionallowednetworks/{network_id}`.
 * Reached with `connection.systemService().hostsService().hostService(id).nicsService().nicService(id).virtualFunctionAllowedNetworksService().networkService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/virtual_function_allowed_network | reference: virtual_function_allowed_network}
 */
export class VirtualFunctionAllowedNetworkService extends Service {
  /**
   * Retrieves the `network`: sends `GET /hosts/{host_id}/nics/{nic_id}/virtualfunctionallowednetworks/{network_id}` and reads the `<network>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/virtual_function_allowed_network/methods/get | reference: virtual_function_allowed_network.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VirtualFunctionAllowedNetworkServiceGetOptions}).
   * @returns The `network`: `Network`.
   */
  get(opts: VirtualFunctionAllowedNetworkServiceGetOptions = {}): Promise<t.Network> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Network>;
  }

  /**
   * Removes: sends `DELETE /hosts/{host_id}/nics/{nic_id}/virtualfunctionallowednetworks/{network_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/virtual_function_allowed_network/methods/remove | reference: virtual_function_allowed_network.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VirtualFunctionAllowedNetworkServiceRemoveOptions}).
   */
  remove(opts: VirtualFunctionAllowedNetworkServiceRemoveOptions = {}): Promise<void> {
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
