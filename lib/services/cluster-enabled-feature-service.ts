// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link ClusterEnabledFeatureService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface ClusterEnabledFeatureServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_feature/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('ClusterEnabledFeatureService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('ClusterEnabledFeatureService.remove', {});

/**
 * The `cluster_enabled_feature` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_feature}
 * @since API 4.1.6
 */
export class ClusterEnabledFeatureService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_feature/methods/get}
   * @returns The `feature` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_feature/methods/get/parameters/feature}
   * @since API 4.1.6
   */
  get(opts: ClusterEnabledFeatureServiceGetOptions = {}): Promise<t.ClusterFeature> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.ClusterFeature>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_feature/methods/remove}
   * @since API 4.1.6
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._remove({}, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
