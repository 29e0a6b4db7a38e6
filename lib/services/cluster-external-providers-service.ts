// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';

/** Options of {@link ClusterExternalProvidersService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface ClusterExternalProvidersServiceListOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_external_providers/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ClusterExternalProvidersService.list', { follow: 'string' });

/**
 * The `cluster_external_providers` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_external_providers}
 * @since API 4.2
 */
export class ClusterExternalProvidersService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_external_providers/methods/list}
   * @returns The `providers` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_external_providers/methods/list/parameters/providers}
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
   * Like {@link ClusterExternalProvidersService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_external_providers/methods/list}
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
