// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ClusterService } from './cluster-service';

/** Options of {@link ClustersService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface ClustersServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters/methods/list/parameters/search} */
  search?: string;
  /** The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters/methods/list/parameters/case_sensitive} */
  caseSensitive?: boolean;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters/methods/list/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('ClustersService.add', {}, ['cluster', t.Cluster]);
const LIST_PARAMETERS = methodParameters('ClustersService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', filter: 'boolean', follow: 'string' });

/**
 * The `clusters` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters}
 */
export class ClustersService extends Service {
  /**
   * Adds an object: `POST` of `<cluster>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters/methods/add}
   * @param cluster The `cluster` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters/methods/add/parameters/cluster}
   */
  add(cluster: t.ClusterInit, opts: RequestOptions = {}): Promise<t.Cluster> {
    const refused = checkParameters(ADD_PARAMETERS, opts, cluster);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(cluster, 'cluster', {}, opts) as Promise<t.Cluster>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters/methods/list}
   * @returns The `clusters` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters/methods/list/parameters/clusters}
   */
  list(opts: ClustersServiceListOptions = {}): Promise<List<t.Cluster>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Cluster>>;
  }

  /**
   * Like {@link ClustersService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters/methods/list}
   */
  listStream(opts: ClustersServiceListOptions = {}): AsyncGenerator<t.Cluster, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ClustersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Cluster, void, undefined>;
  }

  /** Locates the `cluster` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster}); sends no request. */
  clusterService(id: string | number): ClusterService {
    return new ClusterService(this.connection, `${this.path}/${idSegment(id, 'ClustersService.clusterService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.clusterService(decodeURIComponent(head)).service(rest);
  }
}
