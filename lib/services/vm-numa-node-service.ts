// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link VmNumaNodeService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface VmNumaNodeServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_node/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link VmNumaNodeService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface VmNumaNodeServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_node/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmNumaNodeService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface VmNumaNodeServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_node/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmNumaNodeService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('VmNumaNodeService.update', { async: 'boolean' }, ['virtualNumaNode', t.VirtualNumaNode]);
const REMOVE_PARAMETERS = methodParameters('VmNumaNodeService.remove', { async: 'boolean' });

/**
 * The `vm_numa_node` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_node}
 */
export class VmNumaNodeService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_node/methods/get}
   * @returns The `node` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_node/methods/get/parameters/node}
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
   * Updates the object: `PUT` of `<vm_numa_node>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_node/methods/update}
   * @param node The `node` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_node/methods/update/parameters/node}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_numa_node/methods/remove}
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
