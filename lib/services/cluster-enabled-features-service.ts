// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ClusterEnabledFeatureService } from './cluster-enabled-feature-service';

/**
 * Options of {@link ClusterEnabledFeaturesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_features/methods/list | reference: cluster_enabled_features.list}
 */
export interface ClusterEnabledFeaturesServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/enabledfeatures` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_features/methods/list | reference: cluster_enabled_features.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ClusterEnabledFeaturesService.list', { follow: 'string' });
const ADD_PARAMETERS = methodParameters('ClusterEnabledFeaturesService.add', {}, ['clusterFeature', t.ClusterFeature]);

/**
 * The `cluster_enabled_features` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/enabledfeatures` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/enabledfeatures`).
 * Reached with `connection.systemService().clustersService().clusterService(id).enabledFeaturesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_features | reference: cluster_enabled_features}
 * @since API 4.1.6
 */
export class ClusterEnabledFeaturesService extends Service {
  /**
   * Lists the `cluster_feature` objects: sends `GET /clusters/{cluster_id}/enabledfeatures` (or the same below any other of the service's 2 paths) and reads the `<cluster_features>` the engine answers, one item per `<cluster_feature>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_features/methods/list | reference: cluster_enabled_features.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterEnabledFeaturesServiceListOptions}).
   * @returns The `features`: a list of `ClusterFeature`.
   * @since API 4.1.6
   */
  list(opts: ClusterEnabledFeaturesServiceListOptions = {}): Promise<List<t.ClusterFeature>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ClusterFeature>>;
  }

  /**
   * Like {@link ClusterEnabledFeaturesService.list} (it sends `GET /clusters/{cluster_id}/enabledfeatures` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `cluster_feature` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_features/methods/list | reference: cluster_enabled_features.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.1.6
   */
  listStream(opts: ClusterEnabledFeaturesServiceListOptions = {}): AsyncGenerator<t.ClusterFeature, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ClusterEnabledFeaturesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ClusterFeature, void, undefined>;
  }

  /**
   * Adds a `cluster_feature`: sends `POST /clusters/{cluster_id}/enabledfeatures` (or the same below any other of the service's 2 paths) with it as the `<cluster_feature>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `feature.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_features/methods/add | reference: cluster_enabled_features.add}
   * @param feature The `feature` to send: `ClusterFeatureInit` (a `ClusterFeature` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `cluster_feature` as the engine answers it.
   * @since API 4.1.6
   */
  add(feature: t.ClusterFeatureInit, opts: RequestOptions = {}): Promise<t.ClusterFeature> {
    const refused = checkParameters(ADD_PARAMETERS, opts, feature);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(feature, 'cluster_feature', {}, opts) as Promise<t.ClusterFeature>;
  }

  /**
   * Locates the `cluster_enabled_feature` service at `{feature_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_feature | reference: cluster_enabled_feature}
   * @since API 4.1.6
   */
  featureService(id: string | number): ClusterEnabledFeatureService {
    return new ClusterEnabledFeatureService(this.connection, `${this.path}/${idSegment(id, 'ClusterEnabledFeaturesService.featureService')}`);
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
