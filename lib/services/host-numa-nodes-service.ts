// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { HostNumaNodeService } from './host-numa-node-service';

/**
 * Options of {@link HostNumaNodesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_numa_nodes/methods/list | reference: host_numa_nodes.list}
 */
export interface HostNumaNodesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /hosts/{host_id}/numanodes`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_numa_nodes/methods/list | reference: host_numa_nodes.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/numanodes`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_numa_nodes/methods/list | reference: host_numa_nodes.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('HostNumaNodesService.list', { max: 'integer', follow: 'string' });

/**
 * The `host_numa_nodes` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/numanodes`.
 * Reached with `connection.systemService().hostsService().hostService(id).numaNodesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_numa_nodes | reference: host_numa_nodes}
 */
export class HostNumaNodesService extends Service {
  /**
   * Lists the `numa_node` objects: sends `GET /hosts/{host_id}/numanodes` and reads the `<host_numa_nodes>` the engine answers, one item per `<host_numa_node>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_numa_nodes/methods/list | reference: host_numa_nodes.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostNumaNodesServiceListOptions}).
   * @returns The `nodes`: a list of `NumaNode`.
   */
  list(opts: HostNumaNodesServiceListOptions = {}): Promise<List<t.NumaNode>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.NumaNode>>;
  }

  /**
   * Like {@link HostNumaNodesService.list} (it sends `GET /hosts/{host_id}/numanodes` with the same options), but yields
   * each `numa_node` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_numa_nodes/methods/list | reference: host_numa_nodes.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: HostNumaNodesServiceListOptions = {}): AsyncGenerator<t.NumaNode, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'HostNumaNodesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.NumaNode, void, undefined>;
  }

  /**
   * Locates the `host_numa_node` service at `{node_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_numa_node | reference: host_numa_node}
   */
  nodeService(id: string | number): HostNumaNodeService {
    return new HostNumaNodeService(this.connection, `${this.path}/${idSegment(id, 'HostNumaNodesService.nodeService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.nodeService(decodeURIComponent(head)).service(rest);
  }
}
