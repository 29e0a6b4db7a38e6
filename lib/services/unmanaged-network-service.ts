// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link UnmanagedNetworkService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_network/methods/get | reference: unmanaged_network.get}
 */
export interface UnmanagedNetworkServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/unmanagednetworks/{unmanaged_network_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_network/methods/get | reference: unmanaged_network.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link UnmanagedNetworkService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_network/methods/remove | reference: unmanaged_network.remove}
 */
export interface UnmanagedNetworkServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /hosts/{host_id}/unmanagednetworks/{unmanaged_network_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_network/methods/remove | reference: unmanaged_network.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('UnmanagedNetworkService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('UnmanagedNetworkService.remove', { async: 'boolean' });

/**
 * The `unmanaged_network` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/unmanagednetworks/{unmanaged_network_id}`.
 * Reached with `connection.systemService().hostsService().hostService(id).unmanagedNetworksService().unmanagedNetworkService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_network | reference: unmanaged_network}
 */
export class UnmanagedNetworkService extends Service {
  /**
   * Retrieves the `unmanaged_network`: sends `GET /hosts/{host_id}/unmanagednetworks/{unmanaged_network_id}` and reads the `<unmanaged_network>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_network/methods/get | reference: unmanaged_network.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link UnmanagedNetworkServiceGetOptions}).
   * @returns The `network`: `UnmanagedNetwork`.
   */
  get(opts: UnmanagedNetworkServiceGetOptions = {}): Promise<t.UnmanagedNetwork> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.UnmanagedNetwork>;
  }

  /**
   * Removes: sends `DELETE /hosts/{host_id}/unmanagednetworks/{unmanaged_network_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_network/methods/remove | reference: unmanaged_network.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link UnmanagedNetworkServiceRemoveOptions}).
   */
  remove(opts: UnmanagedNetworkServiceRemoveOptions = {}): Promise<void> {
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
