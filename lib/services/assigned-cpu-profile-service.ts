// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link AssignedCpuProfileService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_cpu_profile/methods/get | reference: assigned_cpu_profile.get}
 */
export interface AssignedCpuProfileServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/cpuprofiles/{profile_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_cpu_profile/methods/get | reference: assigned_cpu_profile.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link AssignedCpuProfileService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_cpu_profile/methods/remove | reference: assigned_cpu_profile.remove}
 */
export interface AssignedCpuProfileServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /clusters/{cluster_id}/cpuprofiles/{profile_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_cpu_profile/methods/remove | reference: assigned_cpu_profile.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('AssignedCpuProfileService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('AssignedCpuProfileService.remove', { async: 'boolean' });

/**
 * The `assigned_cpu_profile` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/cpuprofiles/{profile_id}` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/cpuprofiles/{profile_id}`).
 * Reached with `connection.systemService().clustersService().clusterService(id).cpuProfilesService().profileService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_cpu_profile | reference: assigned_cpu_profile}
 */
export class AssignedCpuProfileService extends Service {
  /**
   * Retrieves the `cpu_profile`: sends `GET /clusters/{cluster_id}/cpuprofiles/{profile_id}` (or the same below any other of the service's 2 paths) and reads the `<cpu_profile>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_cpu_profile/methods/get | reference: assigned_cpu_profile.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedCpuProfileServiceGetOptions}).
   * @returns The `profile`: `CpuProfile`.
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
   * Removes: sends `DELETE /clusters/{cluster_id}/cpuprofiles/{profile_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_cpu_profile/methods/remove | reference: assigned_cpu_profile.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedCpuProfileServiceRemoveOptions}).
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
