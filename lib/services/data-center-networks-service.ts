// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DataCenterNetworkService } from './data-center-network-service';

/**
 * Options of {@link DataCenterNetworksService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_networks/methods/list | reference: data_center_networks.list}
 */
export interface DataCenterNetworksServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /datacenters/{data_center_id}/networks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_networks/methods/list | reference: data_center_networks.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/networks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_networks/methods/list | reference: data_center_networks.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('DataCenterNetworksService.add', {}, ['network', t.Network]);
const LIST_PARAMETERS = methodParameters('DataCenterNetworksService.list', { max: 'integer', follow: 'string' });

/**
 * The `data_center_networks` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/networks`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).networksService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_networks | reference: data_center_networks}
 */
export class DataCenterNetworksService extends Service {
  /**
   * Adds a `network`: sends `POST /datacenters/{data_center_id}/networks` with it as the `<network>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_networks/methods/add | reference: data_center_networks.add}
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
   * Lists the `network` objects: sends `GET /datacenters/{data_center_id}/networks` and reads the `<networks>` the engine answers, one item per `<network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_networks/methods/list | reference: data_center_networks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DataCenterNetworksServiceListOptions}).
   * @returns The `networks`: a list of `Network`.
   */
  list(opts: DataCenterNetworksServiceListOptions = {}): Promise<List<t.Network>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Network>>;
  }

  /**
   * Like {@link DataCenterNetworksService.list} (it sends `GET /datacenters/{data_center_id}/networks` with the same options), but yields
   * each `network` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_networks/methods/list | reference: data_center_networks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: DataCenterNetworksServiceListOptions = {}): AsyncGenerator<t.Network, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'DataCenterNetworksService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Network, void, undefined>;
  }

  /**
   * Locates the `data_center_network` service at `{network_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_network | reference: data_center_network}
   */
  networkService(id: string | number): DataCenterNetworkService {
    return new DataCenterNetworkService(this.connection, `${this.path}/${idSegment(id, 'DataCenterNetworksService.networkService')}`);
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
