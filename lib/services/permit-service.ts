// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link PermitService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permit/methods/get | reference: permit.get}
 */
export interface PermitServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /roles/{role_id}/permits/{permit_id}` (or the same below any other of the service's 3 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permit/methods/get | reference: permit.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link PermitService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permit/methods/remove | reference: permit.remove}
 */
export interface PermitServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /roles/{role_id}/permits/{permit_id}` (or the same below any other of the service's 3 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permit/methods/remove | reference: permit.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('PermitService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('PermitService.remove', { async: 'boolean' });

/**
 * The `permit` service of the API.
 *
 * Path below the API root: `/roles/{role_id}/permits/{permit_id}` (and 2 others, such as `/groups/{group_id}/roles/{role_id}/permits/{permit_id}`).
 * Reached with `connection.systemService().rolesService().roleService(id).permitsService().permitService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permit | reference: permit}
 */
export class PermitService extends Service {
  /**
   * Retrieves the `permit`: sends `GET /roles/{role_id}/permits/{permit_id}` (or the same below any other of the service's 3 paths) and reads the `<permit>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permit/methods/get | reference: permit.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link PermitServiceGetOptions}).
   * @returns The `permit`: `Permit`.
   */
  get(opts: PermitServiceGetOptions = {}): Promise<t.Permit> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Permit>;
  }

  /**
   * Removes: sends `DELETE /roles/{role_id}/permits/{permit_id}` (or the same below any other of the service's 3 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permit/methods/remove | reference: permit.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link PermitServiceRemoveOptions}).
   */
  remove(opts: PermitServiceRemoveOptions = {}): Promise<void> {
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
