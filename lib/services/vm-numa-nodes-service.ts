// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmNumaNodeService } from './vm-numa-node-service';

/** Options of {@link VmNumaNodesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface VmNumaNodesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_nodes/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_nodes/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VmNumaNodesService.add', {}, ['virtualNumaNode', t.VirtualNumaNode]);
const LIST_PARAMETERS = methodParameters('VmNumaNodesService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_numa_nodes` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_nodes}
 */
export class VmNumaNodesService extends Service {
  /**
   * Adds an object: `POST` of `<vm_numa_node>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_nodes/methods/add}
   * @param node The `node` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_nodes/methods/add/parameters/node}
   */
  add(node: t.VirtualNumaNodeInit, opts: RequestOptions = {}): Promise<t.VirtualNumaNode> {
    const refused = checkParameters(ADD_PARAMETERS, opts, node);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(node, 'virtual_numa_node', {}, opts) as Promise<t.VirtualNumaNode>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_nodes/methods/list}
   * @returns The `nodes` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_nodes/methods/list/parameters/nodes}
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
   * Like {@link VmNumaNodesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_nodes/methods/list}
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

  /** Locates the `node` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_node}); sends no request. */
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
