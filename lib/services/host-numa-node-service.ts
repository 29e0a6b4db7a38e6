// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { StatisticsService } from './statistics-service';

/**
 * Options of {@link HostNumaNodeService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_numa_node/methods/get | reference: host_numa_node.get}
 */
export interface HostNumaNodeServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/numanodes/{node_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_numa_node/methods/get | reference: host_numa_node.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('HostNumaNodeService.get', { follow: 'string' });

/**
 * The `host_numa_node` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/numanodes/{node_id}`.
 * Reached with `connection.systemService().hostsService().hostService(id).numaNodesService().nodeService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_numa_node | reference: host_numa_node}
 */
export class HostNumaNodeService extends Service {
  /**
   * Retrieves the `numa_node`: sends `GET /hosts/{host_id}/numanodes/{node_id}` and reads the `<host_numa_node>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_numa_node/methods/get | reference: host_numa_node.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostNumaNodeServiceGetOptions}).
   * @returns The `node`: `NumaNode`.
   */
  get(opts: HostNumaNodeServiceGetOptions = {}): Promise<t.NumaNode> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.NumaNode>;
  }

  /**
   * Locates the `statistics` service at `statistics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics | reference: statistics}
   */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'statistics': return this.statisticsService().service(rest);
    }
    return super.service(path);
  }
}
