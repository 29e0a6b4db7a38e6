// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ClusterLevelService } from './cluster-level-service';

/** Options of {@link ClusterLevelsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface ClusterLevelsServiceListOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_levels/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ClusterLevelsService.list', { follow: 'string' });

/**
 * The `cluster_levels` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_levels}
 */
export class ClusterLevelsService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_levels/methods/list}
   * @returns The `levels` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_levels/methods/list/parameters/levels}
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
   * Like {@link ClusterLevelsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_levels/methods/list}
   */
  listStream(opts: ClusterLevelsServiceListOptions = {}): AsyncGenerator<t.ClusterLevel, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ClusterLevelsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ClusterLevel, void, undefined>;
  }

  /** Locates the `level` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_level}); sends no request. */
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
