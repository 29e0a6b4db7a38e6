// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ClusterNetworkService } from './cluster-network-service';

/**
 * Options of {@link ClusterNetworksService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_networks/methods/list | reference: cluster_networks.list}
 */
export interface ClusterNetworksServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /clusters/{cluster_id}/networks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_networks/methods/list | reference: cluster_networks.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/networks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_networks/methods/list | reference: cluster_networks.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('ClusterNetworksService.add', {}, ['network', t.Network]);
const LIST_PARAMETERS = methodParameters('ClusterNetworksService.list', { max: 'integer', follow: 'string' });

/**
 * The `cluster_networks` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/networks` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/networks`).
 * Reached with `connection.systemService().clustersService().clusterService(id).networksService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_networks | reference: cluster_networks}
 */
export class ClusterNetworksService extends Service {
  /**
   * Adds a `network`: sends `POST /clusters/{cluster_id}/networks` (or the same below any other of the service's 2 paths) with it as the `<network>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_networks/methods/add | reference: cluster_networks.add}
   * @param network The `network` to send: `NetworkInit` (a `Network` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `network` as the engine answers it.
   */
  add(network: t.NetworkInit, opts: RequestOptions = {}): Promise<t.Network> {
    const refused = checkParameters(ADD_PARAMETERS, opts, network);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(network, 'network', {}, opts) as Promise<t.Network>;
  }

  /**
   * Lists the `network` objects: sends `GET /clusters/{cluster_id}/networks` (or the same below any other of the service's 2 paths) and reads the `<networks>` the engine answers, one item per `<network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_networks/methods/list | reference: cluster_networks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterNetworksServiceListOptions}).
   * @returns The `networks`: a list of `Network`.
   */
  list(opts: ClusterNetworksServiceListOptions = {}): Promise<List<t.Network>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Network>>;
  }

  /**
   * Like {@link ClusterNetworksService.list} (it sends `GET /clusters/{cluster_id}/networks` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `network` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_networks/methods/list | reference: cluster_networks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: ClusterNetworksServiceListOptions = {}): AsyncGenerator<t.Network, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ClusterNetworksService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Network, void, undefined>;
  }

  /**
   * Locates the `cluster_network` service at `{network_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_network | reference: cluster_network}
   */
  networkService(id: string | number): ClusterNetworkService {
    return new ClusterNetworkService(this.connection, `${this.path}/${idSegment(id, 'ClusterNetworksService.networkService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.networkService(decodeURIComponent(head)).service(rest);
  }
}
