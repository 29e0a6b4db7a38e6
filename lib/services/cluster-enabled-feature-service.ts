// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link ClusterEnabledFeatureService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_feature/methods/get | reference: cluster_enabled_feature.get}
 */
export interface ClusterEnabledFeatureServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/enabledfeatures/{feature_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_feature/methods/get | reference: cluster_enabled_feature.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('ClusterEnabledFeatureService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('ClusterEnabledFeatureService.remove', {});

/**
 * The `cluster_enabled_feature` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/enabledfeatures/{feature_id}` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/enabledfeatures/{feature_id}`).
 * Reached with `connection.systemService().clustersService().clusterService(id).enabledFeaturesService().featureService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_feature | reference: cluster_enabled_feature}
 * @since API 4.1.6
 */
export class ClusterEnabledFeatureService extends Service {
  /**
   * Retrieves the `cluster_feature`: sends `GET /clusters/{cluster_id}/enabledfeatures/{feature_id}` (or the same below any other of the service's 2 paths) and reads the `<cluster_feature>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_feature/methods/get | reference: cluster_enabled_feature.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterEnabledFeatureServiceGetOptions}).
   * @returns The `feature`: `ClusterFeature`.
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
   * Removes: sends `DELETE /clusters/{cluster_id}/enabledfeatures/{feature_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_feature/methods/remove | reference: cluster_enabled_feature.remove}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
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
