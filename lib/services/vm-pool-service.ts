// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';

/**
 * Options of {@link VmPoolService.allocateVm}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/allocate_vm | reference: vm_pool.allocate_vm}
 */
export interface VmPoolServiceAllocateVmOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vmpools/{pool_id}/allocatevm`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/allocate_vm | reference: vm_pool.allocate_vm}
   */
  async?: boolean;
}

/**
 * Options of {@link VmPoolService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/get | reference: vm_pool.get}
 */
export interface VmPoolServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /vmpools/{pool_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/get | reference: vm_pool.get}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /vmpools/{pool_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/get | reference: vm_pool.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link VmPoolService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/update | reference: vm_pool.update}
 */
export interface VmPoolServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /vmpools/{pool_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/update | reference: vm_pool.update}
   */
  async?: boolean;
  /**
   * `boolean`, sent as query parameter `seal` of `PUT /vmpools/{pool_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/update | reference: vm_pool.update}
   * @since API 4.5
   */
  seal?: boolean;
}

/**
 * Options of {@link VmPoolService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/remove | reference: vm_pool.remove}
 */
export interface VmPoolServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /vmpools/{pool_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/remove | reference: vm_pool.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ALLOCATE_VM_PARAMETERS = methodParameters('VmPoolService.allocateVm', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('VmPoolService.get', { filter: 'boolean', follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('VmPoolService.update', { async: 'boolean', seal: 'boolean' }, ['vmPool', t.VmPool]);
const REMOVE_PARAMETERS = methodParameters('VmPoolService.remove', { async: 'boolean' });

/**
 * The `vm_pool` service of the API.
 *
 * Path below the API root: `/vmpools/{pool_id}`.
 * Reached with `connection.systemService().vmPoolsService().poolService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool | reference: vm_pool}
 */
export class VmPoolService extends Service {
  /**
   * The `allocate_vm` action: sends `POST /vmpools/{pool_id}/allocatevm` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/allocate_vm | reference: vm_pool.allocate_vm}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmPoolServiceAllocateVmOptions}).
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
   * Retrieves the `vm_pool`: sends `GET /vmpools/{pool_id}` and reads the `<vm_pool>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/get | reference: vm_pool.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmPoolServiceGetOptions}).
   * @returns The `pool`: `VmPool`.
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
   * Updates the `vm_pool`: sends `PUT /vmpools/{pool_id}` with the `<vm_pool>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `pool.comment`, `pool.description`, `pool.display.proxy`, `pool.maxUserVms`, `pool.name`, `pool.prestartedVms`, `pool.size`, `pool.type`, `pool.useLatestTemplateVersion`, `pool.cluster.id` or `pool.cluster.name`, `pool.template.id` or `pool.template.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/update | reference: vm_pool.update}
   * @param pool The `pool` to send: `VmPoolInit` (a `VmPool` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmPoolServiceUpdateOptions}).
   * @returns The `vm_pool` as the engine answers it.
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
   * Removes: sends `DELETE /vmpools/{pool_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool/methods/remove | reference: vm_pool.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmPoolServiceRemoveOptions}).
   */
  remove(opts: VmPoolServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `assigned_permissions` service at `permissions` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions | reference: assigned_permissions}
   */
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
