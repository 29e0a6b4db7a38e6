// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { PermitsService } from './permits-service';

/** Options of {@link RoleService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface RoleServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/role/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link RoleService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface RoleServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/role/methods/remove/parameters/async} */
  async?: boolean;
}

/** Options of {@link RoleService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface RoleServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/role/methods/update/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('RoleService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('RoleService.remove', { async: 'boolean' });
const UPDATE_PARAMETERS = methodParameters('RoleService.update', { async: 'boolean' }, ['role', t.Role]);

/**
 * The `role` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/role}
 */
export class RoleService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/role/methods/get}
   * @returns The `role` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/role/methods/get/parameters/role}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/role/methods/remove}
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
   * Updates the object: `PUT` of `<role>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/role/methods/update}
   * @param role The `role` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/role/methods/update/parameters/role}
   */
  update(role: t.RoleInit, opts: RoleServiceUpdateOptions = {}): Promise<t.Role> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, role);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(role, 'role', query, opts) as Promise<t.Role>;
  }

  /** Locates the `permits` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/permits}); sends no request. */
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
