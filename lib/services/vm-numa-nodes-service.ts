// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmNumaNodeService } from './vm-numa-node-service';

/**
 * Options of {@link VmNumaNodesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_nodes/methods/list | reference: vm_numa_nodes.list}
 */
export interface VmNumaNodesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vms/{vm_id}/numanodes`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_nodes/methods/list | reference: vm_numa_nodes.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/numanodes`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_nodes/methods/list | reference: vm_numa_nodes.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VmNumaNodesService.add', {}, ['virtualNumaNode', t.VirtualNumaNode]);
const LIST_PARAMETERS = methodParameters('VmNumaNodesService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_numa_nodes` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/numanodes`.
 * Reached with `connection.systemService().vmsService().vmService(id).numaNodesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_nodes | reference: vm_numa_nodes}
 */
export class VmNumaNodesService extends Service {
  /**
   * Adds a `virtual_numa_node`: sends `POST /vms/{vm_id}/numanodes` with it as the `<vm_numa_node>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `node.index`
   * - `node.memory`
   * - `node.cpu.cores[].index`
   *
   * Also accepts: `node.numaNodePins[].index`, `node.numaTuneMode`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_nodes/methods/add | reference: vm_numa_nodes.add}
   * @param node The `node` to send: `VirtualNumaNodeInit` (a `VirtualNumaNode` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `virtual_numa_node` as the engine answers it.
   */
  add(node: t.VirtualNumaNodeInit, opts: RequestOptions = {}): Promise<t.VirtualNumaNode> {
    const refused = checkParameters(ADD_PARAMETERS, opts, node);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(node, 'virtual_numa_node', {}, opts) as Promise<t.VirtualNumaNode>;
  }

  /**
   * Lists the `virtual_numa_node` objects: sends `GET /vms/{vm_id}/numanodes` and reads the `<vm_numa_nodes>` the engine answers, one item per `<vm_numa_node>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_nodes/methods/list | reference: vm_numa_nodes.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmNumaNodesServiceListOptions}).
   * @returns The `nodes`: a list of `VirtualNumaNode`.
   */
  list(opts: VmNumaNodesServiceListOptions = {}): Promise<List<t.VirtualNumaNode>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.VirtualNumaNode>>;
  }

  /**
   * Like {@link VmNumaNodesService.list} (it sends `GET /vms/{vm_id}/numanodes` with the same options), but yields
   * each `virtual_numa_node` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_nodes/methods/list | reference: vm_numa_nodes.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: VmNumaNodesServiceListOptions = {}): AsyncGenerator<t.VirtualNumaNode, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmNumaNodesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.VirtualNumaNode, void, undefined>;
  }

  /**
   * Locates the `vm_numa_node` service at `{node_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_node | reference: vm_numa_node}
   */
  nodeService(id: string | number): VmNumaNodeService {
    return new VmNumaNodeService(this.connection, `${this.path}/${idSegment(id, 'VmNumaNodesService.nodeService')}`);
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
