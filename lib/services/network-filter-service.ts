// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link NetworkFilterService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_filter/methods/get | reference: network_filter.get}
 */
export interface NetworkFilterServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /networkfilters/{network_filter_id}` (or the same below any other of the service's 3 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_filter/methods/get | reference: network_filter.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('NetworkFilterService.get', { follow: 'string' });

/**
 * The `network_filter` service of the API.
 *
 * Path below the API root: `/networkfilters/{network_filter_id}` (and 2 others, such as `/clusters/{cluster_id}/networkfilters/{network_filter_id}`).
 * Reached with `connection.systemService().networkFiltersService().networkFilterService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_filter | reference: network_filter}
 */
export class NetworkFilterService extends Service {
  /**
   * Retrieves the `network_filter`: sends `GET /networkfilters/{network_filter_id}` (or the same below any other of the service's 3 paths) and reads the `<network_filter>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_filter/methods/get | reference: network_filter.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NetworkFilterServiceGetOptions}).
   * @returns The `network_filter`: `NetworkFilter`.
   */
  get(opts: NetworkFilterServiceGetOptions = {}): Promise<t.NetworkFilter> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.NetworkFilter>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
