// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { NetworkFilterService } from './network-filter-service';

/**
 * Options of {@link NetworkFiltersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_filters/methods/list | reference: network_filters.list}
 */
export interface NetworkFiltersServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /networkfilters` (or the same below any other of the service's 3 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_filters/methods/list | reference: network_filters.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('NetworkFiltersService.list', { follow: 'string' });

/**
 * The `network_filters` service of the API.
 *
 * Path below the API root: `/networkfilters` (and 2 others, such as `/clusters/{cluster_id}/networkfilters`).
 * Reached with `connection.systemService().networkFiltersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_filters | reference: network_filters}
 */
export class NetworkFiltersService extends Service {
  /**
   * Lists the `network_filter` objects: sends `GET /networkfilters` (or the same below any other of the service's 3 paths) and reads the `<network_filters>` the engine answers, one item per `<network_filter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_filters/methods/list | reference: network_filters.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NetworkFiltersServiceListOptions}).
   * @returns The `filters`: a list of `NetworkFilter`.
   */
  list(opts: NetworkFiltersServiceListOptions = {}): Promise<List<t.NetworkFilter>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.NetworkFilter>>;
  }

  /**
   * Like {@link NetworkFiltersService.list} (it sends `GET /networkfilters` (or the same below any other of the service's 3 paths) with the same options), but yields
   * each `network_filter` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_filters/methods/list | reference: network_filters.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: NetworkFiltersServiceListOptions = {}): AsyncGenerator<t.NetworkFilter, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'NetworkFiltersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.NetworkFilter, void, undefined>;
  }

  /**
   * Locates the `network_filter` service at `{network_filter_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_filter | reference: network_filter}
   */
  networkFilterService(id: string | number): NetworkFilterService {
    return new NetworkFilterService(this.connection, `${this.path}/${idSegment(id, 'NetworkFiltersService.networkFilterService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.networkFilterService(decodeURIComponent(head)).service(rest);
  }
}
