// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link AssignedCpuProfileService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface AssignedCpuProfileServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_cpu_profile/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link AssignedCpuProfileService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface AssignedCpuProfileServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_cpu_profile/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('AssignedCpuProfileService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('AssignedCpuProfileService.remove', { async: 'boolean' });

/**
 * The `assigned_cpu_profile` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_cpu_profile}
 */
export class AssignedCpuProfileService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_cpu_profile/methods/get}
   * @returns The `profile` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_cpu_profile/methods/get/parameters/profile}
   */
  get(opts: AssignedCpuProfileServiceGetOptions = {}): Promise<t.CpuProfile> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.CpuProfile>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_cpu_profile/methods/remove}
   */
  remove(opts: AssignedCpuProfileServiceRemoveOptions = {}): Promise<void> {
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
