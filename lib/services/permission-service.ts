// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link PermissionService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permission/methods/get | reference: permission.get}
 */
export interface PermissionServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /permissions/{permission_id}` (or the same below any other of the service's 23 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permission/methods/get | reference: permission.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link PermissionService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permission/methods/remove | reference: permission.remove}
 */
export interface PermissionServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /permissions/{permission_id}` (or the same below any other of the service's 23 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permission/methods/remove | reference: permission.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('PermissionService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('PermissionService.remove', { async: 'boolean' });

/**
 * The `permission` service of the API.
 *
 * Path below the API root: `/permissions/{permission_id}` (and 22 others, such as `/clusters/{cluster_id}/permissions/{permission_id}`).
 * Reached with `connection.systemService().permissionsService().permissionService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permission | reference: permission}
 */
export class PermissionService extends Service {
  /**
   * Retrieves the `permission`: sends `GET /permissions/{permission_id}` (or the same below any other of the service's 23 paths) and reads the `<permission>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permission/methods/get | reference: permission.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link PermissionServiceGetOptions}).
   * @returns The `permission`: `Permission`.
   */
  get(opts: PermissionServiceGetOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Permission>;
  }

  /**
   * Removes: sends `DELETE /permissions/{permission_id}` (or the same below any other of the service's 23 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permission/methods/remove | reference: permission.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link PermissionServiceRemoveOptions}).
   */
  remove(opts: PermissionServiceRemoveOptions = {}): Promise<void> {
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
