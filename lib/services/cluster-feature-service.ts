// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link ClusterFeatureService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_feature/methods/get | reference: cluster_feature.get}
 */
export interface ClusterFeatureServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusterlevels/{level_id}/clusterfeatures/{feature_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_feature/methods/get | reference: cluster_feature.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('ClusterFeatureService.get', { follow: 'string' });

/**
 * The `cluster_feature` service of the API.
 *
 * Path below the API root: `/clusterlevels/{level_id}/clusterfeatures/{feature_id}`.
 * Reached with `connection.systemService().clusterLevelsService().levelService(id).clusterFeaturesService().featureService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_feature | reference: cluster_feature}
 * @since API 4.1.6
 */
export class ClusterFeatureService extends Service {
  /**
   * Retrieves the `cluster_feature`: sends `GET /clusterlevels/{level_id}/clusterfeatures/{feature_id}` and reads the `<cluster_feature>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_feature/methods/get | reference: cluster_feature.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterFeatureServiceGetOptions}).
   * @returns The `feature`: `ClusterFeature`.
   * @since API 4.1.6
   */
  get(opts: ClusterFeatureServiceGetOptions = {}): Promise<t.ClusterFeature> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.ClusterFeature>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
