// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';

/**
 * Options of {@link DiskProfileService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profile/methods/get | reference: disk_profile.get}
 */
export interface DiskProfileServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /diskprofiles/{disk_profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profile/methods/get | reference: disk_profile.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link DiskProfileService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profile/methods/update | reference: disk_profile.update}
 */
export interface DiskProfileServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /diskprofiles/{disk_profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profile/methods/update | reference: disk_profile.update}
   */
  async?: boolean;
}

/**
 * Options of {@link DiskProfileService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profile/methods/remove | reference: disk_profile.remove}
 */
export interface DiskProfileServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /diskprofiles/{disk_profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profile/methods/remove | reference: disk_profile.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('DiskProfileService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('DiskProfileService.update', { async: 'boolean' }, ['diskProfile', t.DiskProfile]);
const REMOVE_PARAMETERS = methodParameters('DiskProfileService.remove', { async: 'boolean' });

/**
 * The `disk_profile` service of the API.
 *
 * Path below the API root: `/diskprofiles/{disk_profile_id}`.
 * Reached with `connection.systemService().diskProfilesService().diskProfileService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profile | reference: disk_profile}
 */
export class DiskProfileService extends Service {
  /**
   * Retrieves the `disk_profile`: sends `GET /diskprofiles/{disk_profile_id}` and reads the `<disk_profile>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profile/methods/get | reference: disk_profile.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskProfileServiceGetOptions}).
   * @returns The `profile`: `DiskProfile`.
   */
  get(opts: DiskProfileServiceGetOptions = {}): Promise<t.DiskProfile> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.DiskProfile>;
  }

  /**
   * Updates the `disk_profile`: sends `PUT /diskprofiles/{disk_profile_id}` with the `<disk_profile>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `profile.description`, `profile.name`, `profile.qos.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profile/methods/update | reference: disk_profile.update}
   * @param profile The `profile` to send: `DiskProfileInit` (a `DiskProfile` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskProfileServiceUpdateOptions}).
   * @returns The `disk_profile` as the engine answers it.
   */
  update(profile: t.DiskProfileInit, opts: DiskProfileServiceUpdateOptions = {}): Promise<t.DiskProfile> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, profile);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(profile, 'disk_profile', query, opts) as Promise<t.DiskProfile>;
  }

  /**
   * Removes: sends `DELETE /diskprofiles/{disk_profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profile/methods/remove | reference: disk_profile.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskProfileServiceRemoveOptions}).
   */
  remove(opts: DiskProfileServiceRemoveOptions = {}): Promise<void> {
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
