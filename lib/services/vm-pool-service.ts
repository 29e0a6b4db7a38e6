// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';

/** Options of {@link VmPoolService.allocateVm}: the method's parameters, plus extra `query` and `headers`. */
export interface VmPoolServiceAllocateVmOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool/methods/allocate_vm/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmPoolService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface VmPoolServiceGetOptions extends RequestOptions {
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool/methods/get/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link VmPoolService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface VmPoolServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool/methods/update/parameters/async} */
  async?: boolean;
  /**
   * The `seal` parameter (query parameter `seal`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool/methods/update/parameters/seal}
   * @since API 4.5
   */
  seal?: boolean;
}

/** Options of {@link VmPoolService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface VmPoolServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ALLOCATE_VM_PARAMETERS = methodParameters('VmPoolService.allocateVm', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('VmPoolService.get', { filter: 'boolean', follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('VmPoolService.update', { async: 'boolean', seal: 'boolean' }, ['vmPool', t.VmPool]);
const REMOVE_PARAMETERS = methodParameters('VmPoolService.remove', { async: 'boolean' });

/**
 * The `vm_pool` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool}
 */
export class VmPoolService extends Service {
  /**
   * The `allocate_vm` action: `POST` of an `<action>` to `.../allocatevm`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool/methods/allocate_vm}
   */
  allocateVm(opts: VmPoolServiceAllocateVmOptions = {}): Promise<void> {
    const refused = checkParameters(ALLOCATE_VM_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('allocatevm', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool/methods/get}
   * @returns The `pool` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool/methods/get/parameters/pool}
   */
  get(opts: VmPoolServiceGetOptions = {}): Promise<t.VmPool> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.VmPool>;
  }

  /**
   * Updates the object: `PUT` of `<vm_pool>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool/methods/update}
   * @param pool The `pool` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool/methods/update/parameters/pool}
   */
  update(pool: t.VmPoolInit, opts: VmPoolServiceUpdateOptions = {}): Promise<t.VmPool> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, pool);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
      seal: opts.seal,
    };
    return this._update(pool, 'vm_pool', query, opts) as Promise<t.VmPool>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool/methods/remove}
   */
  remove(opts: VmPoolServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request. */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'permissions': return this.permissionsService().service(rest);
    }
    return super.service(path);
  }
}
