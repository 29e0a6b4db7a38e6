// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';

/** Options of {@link MacPoolService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface MacPoolServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pool/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link MacPoolService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface MacPoolServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pool/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link MacPoolService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface MacPoolServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pool/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('MacPoolService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('MacPoolService.update', { async: 'boolean' }, ['macPool', t.MacPool]);
const REMOVE_PARAMETERS = methodParameters('MacPoolService.remove', { async: 'boolean' });

/**
 * The `mac_pool` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pool}
 */
export class MacPoolService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pool/methods/get}
   * @returns The `pool` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pool/methods/get/parameters/pool}
   */
  get(opts: MacPoolServiceGetOptions = {}): Promise<t.MacPool> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.MacPool>;
  }

  /**
   * Updates the object: `PUT` of `<mac_pool>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pool/methods/update}
   * @param pool The `pool` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pool/methods/update/parameters/pool}
   */
  update(pool: t.MacPoolInit, opts: MacPoolServiceUpdateOptions = {}): Promise<t.MacPool> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, pool);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(pool, 'mac_pool', query, opts) as Promise<t.MacPool>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pool/methods/remove}
   */
  remove(opts: MacPoolServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request.
   * @since API 4.4.3
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
