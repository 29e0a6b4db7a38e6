// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';

/** Options of {@link VnicProfileService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface VnicProfileServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profile/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link VnicProfileService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface VnicProfileServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profile/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link VnicProfileService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface VnicProfileServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profile/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VnicProfileService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('VnicProfileService.update', { async: 'boolean' }, ['vnicProfile', t.VnicProfile]);
const REMOVE_PARAMETERS = methodParameters('VnicProfileService.remove', { async: 'boolean' });

/**
 * The `vnic_profile` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profile}
 */
export class VnicProfileService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profile/methods/get}
   * @returns The `profile` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profile/methods/get/parameters/profile}
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
   * Updates the object: `PUT` of `<vnic_profile>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profile/methods/update}
   * @param profile The `profile` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profile/methods/update/parameters/profile}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profile/methods/remove}
   */
  remove(opts: VnicProfileServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request. */
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
