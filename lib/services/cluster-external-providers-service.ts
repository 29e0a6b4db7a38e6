// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';

/**
 * Options of {@link ClusterExternalProvidersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_external_providers/methods/list | reference: cluster_external_providers.list}
 */
export interface ClusterExternalProvidersServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/externalnetworkproviders` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_external_providers/methods/list | reference: cluster_external_providers.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ClusterExternalProvidersService.list', { follow: 'string' });

/**
 * The `cluster_external_providers` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/externalnetworkproviders` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/externalnetworkproviders`).
 * Reached with `connection.systemService().clustersService().clusterService(id).externalNetworkProvidersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_external_providers | reference: cluster_external_providers}
 * @since API 4.2
 */
export class ClusterExternalProvidersService extends Service {
  /**
   * Lists the `external_provider` objects: sends `GET /clusters/{cluster_id}/externalnetworkproviders` (or the same below any other of the service's 2 paths) and reads the `<external_providers>` the engine answers, one item per `<external_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_external_providers/methods/list | reference: cluster_external_providers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterExternalProvidersServiceListOptions}).
   * @returns The `providers`: a list of `ExternalProvider`.
   * @since API 4.2
   */
  list(opts: ClusterExternalProvidersServiceListOptions = {}): Promise<List<t.ExternalProvider>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ExternalProvider>>;
  }

  /**
   * Like {@link ClusterExternalProvidersService.list} (it sends `GET /clusters/{cluster_id}/externalnetworkproviders` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `external_provider` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_external_providers/methods/list | reference: cluster_external_providers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.2
   */
  listStream(opts: ClusterExternalProvidersServiceListOptions = {}): AsyncGenerator<t.ExternalProvider, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ClusterExternalProvidersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ExternalProvider, void, undefined>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
