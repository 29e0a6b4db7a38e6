// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link VmNumaNodeService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_node/methods/get | reference: vm_numa_node.get}
 */
export interface VmNumaNodeServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/numanodes/{node_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_node/methods/get | reference: vm_numa_node.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link VmNumaNodeService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_node/methods/update | reference: vm_numa_node.update}
 */
export interface VmNumaNodeServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /vms/{vm_id}/numanodes/{node_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_node/methods/update | reference: vm_numa_node.update}
   */
  async?: boolean;
}

/**
 * Options of {@link VmNumaNodeService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_node/methods/remove | reference: vm_numa_node.remove}
 */
export interface VmNumaNodeServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /vms/{vm_id}/numanodes/{node_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_node/methods/remove | reference: vm_numa_node.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmNumaNodeService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('VmNumaNodeService.update', { async: 'boolean' }, ['virtualNumaNode', t.VirtualNumaNode]);
const REMOVE_PARAMETERS = methodParameters('VmNumaNodeService.remove', { async: 'boolean' });

/**
 * The `vm_numa_node` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/numanodes/{node_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).numaNodesService().nodeService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_node | reference: vm_numa_node}
 */
export class VmNumaNodeService extends Service {
  /**
   * Retrieves the `virtual_numa_node`: sends `GET /vms/{vm_id}/numanodes/{node_id}` and reads the `<vm_numa_node>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_node/methods/get | reference: vm_numa_node.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmNumaNodeServiceGetOptions}).
   * @returns The `node`: `VirtualNumaNode`.
   */
  get(opts: VmNumaNodeServiceGetOptions = {}): Promise<t.VirtualNumaNode> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.VirtualNumaNode>;
  }

  /**
   * Updates the `virtual_numa_node`: sends `PUT /vms/{vm_id}/numanodes/{node_id}` with the `<vm_numa_node>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `node.index`, `node.memory`, `node.cpu.cores[].index`, `node.numaNodePins[].index`, `node.numaTuneMode`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_node/methods/update | reference: vm_numa_node.update}
   * @param node The `node` to send: `VirtualNumaNodeInit` (a `VirtualNumaNode` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmNumaNodeServiceUpdateOptions}).
   * @returns The `virtual_numa_node` as the engine answers it.
   */
  update(node: t.VirtualNumaNodeInit, opts: VmNumaNodeServiceUpdateOptions = {}): Promise<t.VirtualNumaNode> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, node);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(node, 'virtual_numa_node', query, opts) as Promise<t.VirtualNumaNode>;
  }

  /**
   * Removes: sends `DELETE /vms/{vm_id}/numanodes/{node_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_numa_node/methods/remove | reference: vm_numa_node.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmNumaNodeServiceRemoveOptions}).
   */
  remove(opts: VmNumaNodeServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
