// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';

/**
 * Options of {@link MacPoolService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pool/methods/get | reference: mac_pool.get}
 */
export interface MacPoolServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /macpools/{mac_pool_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pool/methods/get | reference: mac_pool.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link MacPoolService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pool/methods/update | reference: mac_pool.update}
 */
export interface MacPoolServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /macpools/{mac_pool_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pool/methods/update | reference: mac_pool.update}
   */
  async?: boolean;
}

/**
 * Options of {@link MacPoolService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pool/methods/remove | reference: mac_pool.remove}
 */
export interface MacPoolServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /macpools/{mac_pool_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pool/methods/remove | reference: mac_pool.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('MacPoolService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('MacPoolService.update', { async: 'boolean' }, ['macPool', t.MacPool]);
const REMOVE_PARAMETERS = methodParameters('MacPoolService.remove', { async: 'boolean' });

/**
 * The `mac_pool` service of the API.
 *
 * Path below the API root: `/macpools/{mac_pool_id}`.
 * Reached with `connection.systemService().macPoolsService().macPoolService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pool | reference: mac_pool}
 */
export class MacPoolService extends Service {
  /**
   * Retrieves the `mac_pool`: sends `GET /macpools/{mac_pool_id}` and reads the `<mac_pool>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pool/methods/get | reference: mac_pool.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link MacPoolServiceGetOptions}).
   * @returns The `pool`: `MacPool`.
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
   * Updates the `mac_pool`: sends `PUT /macpools/{mac_pool_id}` with the `<mac_pool>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `pool.allowDuplicates`, `pool.defaultPool`, `pool.description`, `pool.name`, `pool.ranges[].from`, `pool.ranges[].to`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pool/methods/update | reference: mac_pool.update}
   * @param pool The `pool` to send: `MacPoolInit` (a `MacPool` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link MacPoolServiceUpdateOptions}).
   * @returns The `mac_pool` as the engine answers it.
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
   * Removes: sends `DELETE /macpools/{mac_pool_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pool/methods/remove | reference: mac_pool.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link MacPoolServiceRemoveOptions}).
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
   * Locates the `assigned_permissions` service at `permissions` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions | reference: assigned_permissions}
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
