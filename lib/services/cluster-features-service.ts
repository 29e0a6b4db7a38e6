// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ClusterFeatureService } from './cluster-feature-service';

/**
 * Options of {@link ClusterFeaturesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_features/methods/list | reference: cluster_features.list}
 */
export interface ClusterFeaturesServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusterlevels/{level_id}/clusterfeatures`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_features/methods/list | reference: cluster_features.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ClusterFeaturesService.list', { follow: 'string' });

/**
 * The `cluster_features` service of the API.
 *
 * Path below the API root: `/clusterlevels/{level_id}/clusterfeatures`.
 * Reached with `connection.systemService().clusterLevelsService().levelService(id).clusterFeaturesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_features | reference: cluster_features}
 * @since API 4.1.6
 */
export class ClusterFeaturesService extends Service {
  /**
   * Lists the `cluster_feature` objects: sends `GET /clusterlevels/{level_id}/clusterfeatures` and reads the `<cluster_features>` the engine answers, one item per `<cluster_feature>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_features/methods/list | reference: cluster_features.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterFeaturesServiceListOptions}).
   * @returns The `features`: a list of `ClusterFeature`.
   * @since API 4.1.6
   */
  list(opts: ClusterFeaturesServiceListOptions = {}): Promise<List<t.ClusterFeature>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ClusterFeature>>;
  }

  /**
   * Like {@link ClusterFeaturesService.list} (it sends `GET /clusterlevels/{level_id}/clusterfeatures` with the same options), but yields
   * each `cluster_feature` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_features/methods/list | reference: cluster_features.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.1.6
   */
  listStream(opts: ClusterFeaturesServiceListOptions = {}): AsyncGenerator<t.ClusterFeature, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ClusterFeaturesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ClusterFeature, void, undefined>;
  }

  /**
   * Locates the `cluster_feature` service at `{feature_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_feature | reference: cluster_feature}
   * @since API 4.1.6
   */
  featureService(id: string | number): ClusterFeatureService {
    return new ClusterFeatureService(this.connection, `${this.path}/${idSegment(id, 'ClusterFeaturesService.featureService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.featureService(decodeURIComponent(head)).service(rest);
  }
}
