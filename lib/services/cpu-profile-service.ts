// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';

/**
 * Options of {@link CpuProfileService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profile/methods/get | reference: cpu_profile.get}
 */
export interface CpuProfileServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /cpuprofiles/{profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profile/methods/get | reference: cpu_profile.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link CpuProfileService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profile/methods/update | reference: cpu_profile.update}
 */
export interface CpuProfileServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /cpuprofiles/{profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profile/methods/update | reference: cpu_profile.update}
   */
  async?: boolean;
}

/**
 * Options of {@link CpuProfileService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profile/methods/remove | reference: cpu_profile.remove}
 */
export interface CpuProfileServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /cpuprofiles/{profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profile/methods/remove | reference: cpu_profile.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('CpuProfileService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('CpuProfileService.update', { async: 'boolean' }, ['cpuProfile', t.CpuProfile]);
const REMOVE_PARAMETERS = methodParameters('CpuProfileService.remove', { async: 'boolean' });

/**
 * The `cpu_profile` service of the API.
 *
 * Path below the API root: `/cpuprofiles/{profile_id}`.
 * Reached with `connection.systemService().cpuProfilesService().profileService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profile | reference: cpu_profile}
 */
export class CpuProfileService extends Service {
  /**
   * Retrieves the `cpu_profile`: sends `GET /cpuprofiles/{profile_id}` and reads the `<cpu_profile>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profile/methods/get | reference: cpu_profile.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link CpuProfileServiceGetOptions}).
   * @returns The `profile`: `CpuProfile`.
   */
  get(opts: CpuProfileServiceGetOptions = {}): Promise<t.CpuProfile> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.CpuProfile>;
  }

  /**
   * Updates the `cpu_profile`: sends `PUT /cpuprofiles/{profile_id}` with the `<cpu_profile>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `profile.description`, `profile.name`, `profile.qos.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profile/methods/update | reference: cpu_profile.update}
   * @param profile The `profile` to send: `CpuProfileInit` (a `CpuProfile` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link CpuProfileServiceUpdateOptions}).
   * @returns The `cpu_profile` as the engine answers it.
   */
  update(profile: t.CpuProfileInit, opts: CpuProfileServiceUpdateOptions = {}): Promise<t.CpuProfile> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, profile);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(profile, 'cpu_profile', query, opts) as Promise<t.CpuProfile>;
  }

  /**
   * Removes: sends `DELETE /cpuprofiles/{profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profile/methods/remove | reference: cpu_profile.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link CpuProfileServiceRemoveOptions}).
   */
  remove(opts: CpuProfileServiceRemoveOptions = {}): Promise<void> {
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
