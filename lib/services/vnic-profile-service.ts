// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';

/**
 * Options of {@link VnicProfileService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profile/methods/get | reference: vnic_profile.get}
 */
export interface VnicProfileServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vnicprofiles/{profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profile/methods/get | reference: vnic_profile.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link VnicProfileService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profile/methods/update | reference: vnic_profile.update}
 */
export interface VnicProfileServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /vnicprofiles/{profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profile/methods/update | reference: vnic_profile.update}
   */
  async?: boolean;
}

/**
 * Options of {@link VnicProfileService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profile/methods/remove | reference: vnic_profile.remove}
 */
export interface VnicProfileServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /vnicprofiles/{profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profile/methods/remove | reference: vnic_profile.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VnicProfileService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('VnicProfileService.update', { async: 'boolean' }, ['vnicProfile', t.VnicProfile]);
const REMOVE_PARAMETERS = methodParameters('VnicProfileService.remove', { async: 'boolean' });

/**
 * The `vnic_profile` service of the API.
 *
 * Path below the API root: `/vnicprofiles/{profile_id}`.
 * Reached with `connection.systemService().vnicProfilesService().profileService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profile | reference: vnic_profile}
 */
export class VnicProfileService extends Service {
  /**
   * Retrieves the `vnic_profile`: sends `GET /vnicprofiles/{profile_id}` and reads the `<vnic_profile>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profile/methods/get | reference: vnic_profile.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VnicProfileServiceGetOptions}).
   * @returns The `profile`: `VnicProfile`.
   */
  get(opts: VnicProfileServiceGetOptions = {}): Promise<t.VnicProfile> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.VnicProfile>;
  }

  /**
   * Updates the `vnic_profile`: sends `PUT /vnicprofiles/{profile_id}` with the `<vnic_profile>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `profile.description`, `profile.name`, `profile.passThrough.mode`, `profile.portMirroring`, `profile.customProperties[].name`, `profile.customProperties[].value`, `profile.networkFilter`, `profile.qos`, `profile.failover`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profile/methods/update | reference: vnic_profile.update}
   * @param profile The `profile` to send: `VnicProfileInit` (a `VnicProfile` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VnicProfileServiceUpdateOptions}).
   * @returns The `vnic_profile` as the engine answers it.
   */
  update(profile: t.VnicProfileInit, opts: VnicProfileServiceUpdateOptions = {}): Promise<t.VnicProfile> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, profile);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(profile, 'vnic_profile', query, opts) as Promise<t.VnicProfile>;
  }

  /**
   * Removes: sends `DELETE /vnicprofiles/{profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profile/methods/remove | reference: vnic_profile.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VnicProfileServiceRemoveOptions}).
   */
  remove(opts: VnicProfileServiceRemoveOptions = {}): Promise<void> {
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
