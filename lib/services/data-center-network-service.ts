// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link DataCenterNetworkService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_network/methods/get | reference: data_center_network.get}
 */
export interface DataCenterNetworkServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/networks/{network_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_network/methods/get | reference: data_center_network.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('DataCenterNetworkService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('DataCenterNetworkService.remove', {});
const UPDATE_PARAMETERS = methodParameters('DataCenterNetworkService.update', {}, ['network', t.Network]);

/**
 * The `data_center_network` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/networks/{network_id}`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).networksService().networkService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_network | reference: data_center_network}
 */
export class DataCenterNetworkService extends Service {
  /**
   * Retrieves the `network`: sends `GET /datacenters/{data_center_id}/networks/{network_id}` and reads the `<network>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_network/methods/get | reference: data_center_network.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DataCenterNetworkServiceGetOptions}).
   * @returns The `network`: `Network`.
   */
  get(opts: DataCenterNetworkServiceGetOptions = {}): Promise<t.Network> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Network>;
  }

  /**
   * Removes: sends `DELETE /datacenters/{data_center_id}/networks/{network_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_network/methods/remove | reference: data_center_network.remove}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._remove({}, opts);
  }

  /**
   * Updates the `network`: sends `PUT /datacenters/{data_center_id}/networks/{network_id}` with the `<network>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_network/methods/update | reference: data_center_network.update}
   * @param network The `network` to send: `NetworkInit` (a `Network` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `network` as the engine answers it.
   */
  update(network: t.NetworkInit, opts: RequestOptions = {}): Promise<t.Network> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, network);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(network, 'network', {}, opts) as Promise<t.Network>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
