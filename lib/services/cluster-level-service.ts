// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { ClusterFeaturesService } from './cluster-features-service';

/**
 * Options of {@link ClusterLevelService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_level/methods/get | reference: cluster_level.get}
 */
export interface ClusterLevelServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusterlevels/{level_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_level/methods/get | reference: cluster_level.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('ClusterLevelService.get', { follow: 'string' });

/**
 * The `cluster_level` service of the API.
 *
 * Path below the API root: `/clusterlevels/{level_id}`.
 * Reached with `connection.systemService().clusterLevelsService().levelService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_level | reference: cluster_level}
 */
export class ClusterLevelService extends Service {
  /**
   * Retrieves the `cluster_level`: sends `GET /clusterlevels/{level_id}` and reads the `<cluster_level>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_level/methods/get | reference: cluster_level.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterLevelServiceGetOptions}).
   * @returns The `level`: `ClusterLevel`.
   */
  get(opts: ClusterLevelServiceGetOptions = {}): Promise<t.ClusterLevel> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.ClusterLevel>;
  }

  /**
   * Locates the `cluster_features` service at `clusterfeatures` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_features | reference: cluster_features}
   * @since API 4.1.6
   */
  clusterFeaturesService(): ClusterFeaturesService {
    return new ClusterFeaturesService(this.connection, `${this.path}/clusterfeatures`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'clusterfeatures': return this.clusterFeaturesService().service(rest);
    }
    return super.service(path);
  }
}
