// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ClusterLevelService } from './cluster-level-service';

/**
 * Options of {@link ClusterLevelsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_levels/methods/list | reference: cluster_levels.list}
 */
export interface ClusterLevelsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusterlevels`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_levels/methods/list | reference: cluster_levels.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ClusterLevelsService.list', { follow: 'string' });

/**
 * The `cluster_levels` service of the API.
 *
 * Path below the API root: `/clusterlevels`.
 * Reached with `connection.systemService().clusterLevelsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_levels | reference: cluster_levels}
 */
export class ClusterLevelsService extends Service {
  /**
   * Lists the `cluster_level` objects: sends `GET /clusterlevels` and reads the `<cluster_levels>` the engine answers, one item per `<cluster_level>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_levels/methods/list | reference: cluster_levels.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterLevelsServiceListOptions}).
   * @returns The `levels`: a list of `ClusterLevel`.
   */
  list(opts: ClusterLevelsServiceListOptions = {}): Promise<List<t.ClusterLevel>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ClusterLevel>>;
  }

  /**
   * Like {@link ClusterLevelsService.list} (it sends `GET /clusterlevels` with the same options), but yields
   * each `cluster_level` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_levels/methods/list | reference: cluster_levels.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: ClusterLevelsServiceListOptions = {}): AsyncGenerator<t.ClusterLevel, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ClusterLevelsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ClusterLevel, void, undefined>;
  }

  /**
   * Locates the `cluster_level` service at `{level_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_level | reference: cluster_level}
   */
  levelService(id: string | number): ClusterLevelService {
    return new ClusterLevelService(this.connection, `${this.path}/${idSegment(id, 'ClusterLevelsService.levelService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.levelService(decodeURIComponent(head)).service(rest);
  }
}
