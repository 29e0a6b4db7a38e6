// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { PermitsService } from './permits-service';

/**
 * Options of {@link RoleService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/role/methods/get | reference: role.get}
 */
export interface RoleServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /roles/{role_id}` (or the same below any other of the service's 3 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/role/methods/get | reference: role.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link RoleService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/role/methods/remove | reference: role.remove}
 */
export interface RoleServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /roles/{role_id}` (or the same below any other of the service's 3 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/role/methods/remove | reference: role.remove}
   */
  async?: boolean;
}

/**
 * Options of {@link RoleService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/role/methods/update | reference: role.update}
 */
export interface RoleServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /roles/{role_id}` (or the same below any other of the service's 3 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/role/methods/update | reference: role.update}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('RoleService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('RoleService.remove', { async: 'boolean' });
const UPDATE_PARAMETERS = methodParameters('RoleService.update', { async: 'boolean' }, ['role', t.Role]);

/**
 * The `role` service of the API.
 *
 * Path below the API root: `/roles/{role_id}` (and 2 others, such as `/groups/{group_id}/roles/{role_id}`).
 * Reached with `connection.systemService().rolesService().roleService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/role | reference: role}
 */
export class RoleService extends Service {
  /**
   * Retrieves the `role`: sends `GET /roles/{role_id}` (or the same below any other of the service's 3 paths) and reads the `<role>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/role/methods/get | reference: role.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link RoleServiceGetOptions}).
   * @returns The `role`: `Role`.
   */
  get(opts: RoleServiceGetOptions = {}): Promise<t.Role> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Role>;
  }

  /**
   * Removes: sends `DELETE /roles/{role_id}` (or the same below any other of the service's 3 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/role/methods/remove | reference: role.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link RoleServiceRemoveOptions}).
   */
  remove(opts: RoleServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Updates the `role`: sends `PUT /roles/{role_id}` (or the same below any other of the service's 3 paths) with the `<role>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/role/methods/update | reference: role.update}
   * @param role The `role` to send: `RoleInit` (a `Role` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link RoleServiceUpdateOptions}).
   * @returns The `role` as the engine answers it.
   */
  update(role: t.RoleInit, opts: RoleServiceUpdateOptions = {}): Promise<t.Role> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, role);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(role, 'role', query, opts) as Promise<t.Role>;
  }

  /**
   * Locates the `permits` service at `permits` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permits | reference: permits}
   */
  permitsService(): PermitsService {
    return new PermitsService(this.connection, `${this.path}/permits`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'permits': return this.permitsService().service(rest);
    }
    return super.service(path);
  }
}
