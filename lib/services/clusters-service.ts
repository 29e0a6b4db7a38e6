// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ClusterService } from './cluster-service';

/**
 * Options of {@link ClustersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/clusters/methods/list | reference: clusters.list}
 */
export interface ClustersServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /clusters` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/clusters/methods/list | reference: clusters.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /clusters` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/clusters/methods/list | reference: clusters.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /clusters` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/clusters/methods/list | reference: clusters.list}
   */
  caseSensitive?: boolean;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /clusters` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/clusters/methods/list | reference: clusters.list}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/clusters/methods/list | reference: clusters.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('ClustersService.add', {}, ['cluster', t.Cluster]);
const LIST_PARAMETERS = methodParameters('ClustersService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', filter: 'boolean', follow: 'string' });

/**
 * The `clusters` service of the API.
 *
 * Path below the API root: `/clusters` (and 1 other, such as `/datacenters/{data_center_id}/clusters`).
 * Reached with `connection.systemService().clustersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/clusters | reference: clusters}
 */
export class ClustersService extends Service {
  /**
   * Adds a `cluster`: sends `POST /clusters` (or the same below any other of the service's 2 paths) with it as the `<cluster>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `cluster.name`
   * - `cluster.dataCenter.id` or `cluster.dataCenter.name`
   *
   * Also accepts: `cluster.version.major`, `cluster.version.minor`, `cluster.cpu.type`, `cluster.ballooningEnabled`, `cluster.comment`, `cluster.cpu.architecture`, `cluster.description`, `cluster.display.proxy`, `cluster.errorHandling.onError`, `cluster.fencingPolicy.enabled`, `cluster.fencingPolicy.skipIfConnectivityBroken.enabled`, `cluster.fencingPolicy.skipIfConnectivityBroken.threshold`, `cluster.fencingPolicy.skipIfSdActive.enabled`, `cluster.glusterService`, `cluster.haReservation`, `cluster.ksm.enabled`, `cluster.ksm.mergeAcrossNodes`, `cluster.memoryPolicy.overCommit.percent`, `cluster.memoryPolicy.transparentHugePages.enabled`, `cluster.threadsAsCores`, `cluster.trustedService`, `cluster.tunnelMigration`, `cluster.virtService`, `cluster.managementNetwork.id` or `cluster.managementNetwork.name`, `cluster.schedulingPolicy.id` or `cluster.schedulingPolicy.name`, `cluster.externalNetworkProviders[].id` or `cluster.externalNetworkProviders[].name`, `cluster.fipsMode`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/clusters/methods/add | reference: clusters.add}
   * @param cluster The `cluster` to send: `ClusterInit` (a `Cluster` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `cluster` as the engine answers it.
   */
  add(cluster: t.ClusterInit, opts: RequestOptions = {}): Promise<t.Cluster> {
    const refused = checkParameters(ADD_PARAMETERS, opts, cluster);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(cluster, 'cluster', {}, opts) as Promise<t.Cluster>;
  }

  /**
   * Lists the `cluster` objects: sends `GET /clusters` (or the same below any other of the service's 2 paths) and reads the `<clusters>` the engine answers, one item per `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/clusters/methods/list | reference: clusters.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClustersServiceListOptions}).
   * @returns The `clusters`: a list of `Cluster`.
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
   * Like {@link ClustersService.list} (it sends `GET /clusters` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `cluster` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/clusters/methods/list | reference: clusters.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `cluster` service at `{cluster_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster | reference: cluster}
   */
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
