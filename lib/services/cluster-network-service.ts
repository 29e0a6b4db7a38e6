// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link ClusterNetworkService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_network/methods/get | reference: cluster_network.get}
 */
export interface ClusterNetworkServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/networks/{network_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_network/methods/get | reference: cluster_network.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('ClusterNetworkService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('ClusterNetworkService.remove', {});
const UPDATE_PARAMETERS = methodParameters('ClusterNetworkService.update', {}, ['network', t.Network]);

/**
 * The `cluster_network` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/networks/{network_id}` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/networks/{network_id}`).
 * Reached with `connection.systemService().clustersService().clusterService(id).networksService().networkService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_network | reference: cluster_network}
 */
export class ClusterNetworkService extends Service {
  /**
   * Retrieves the `network`: sends `GET /clusters/{cluster_id}/networks/{network_id}` (or the same below any other of the service's 2 paths) and reads the `<network>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_network/methods/get | reference: cluster_network.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterNetworkServiceGetOptions}).
   * @returns The `network`: `Network`.
   */
  get(opts: ClusterNetworkServiceGetOptions = {}): Promise<t.Network> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Network>;
  }

  /**
   * Removes: sends `DELETE /clusters/{cluster_id}/networks/{network_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_network/methods/remove | reference: cluster_network.remove}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._remove({}, opts);
  }

  /**
   * Updates the `network`: sends `PUT /clusters/{cluster_id}/networks/{network_id}` (or the same below any other of the service's 2 paths) with the `<network>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_network/methods/update | reference: cluster_network.update}
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
