// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';

/**
 * Options of {@link AssignedVnicProfileService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profile/methods/get | reference: assigned_vnic_profile.get}
 */
export interface AssignedVnicProfileServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /networks/{network_id}/vnicprofiles/{profile_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profile/methods/get | reference: assigned_vnic_profile.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link AssignedVnicProfileService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profile/methods/remove | reference: assigned_vnic_profile.remove}
 */
export interface AssignedVnicProfileServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /networks/{network_id}/vnicprofiles/{profile_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profile/methods/remove | reference: assigned_vnic_profile.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('AssignedVnicProfileService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('AssignedVnicProfileService.remove', { async: 'boolean' });

/**
 * The `assigned_vnic_profile` service of the API.
 *
 * Path below the API root: `/networks/{network_id}/vnicprofiles/{profile_id}` (and 1 other, such as `/datacenters/{data_center_id}/iscsibonds/{iscsi_bond_id}/networks/{network_id}/vnicprofiles/{profile_id}`).
 * Reached with `connection.systemService().networksService().networkService(id).vnicProfilesService().profileService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profile | reference: assigned_vnic_profile}
 */
export class AssignedVnicProfileService extends Service {
  /**
   * Retrieves the `vnic_profile`: sends `GET /networks/{network_id}/vnicprofiles/{profile_id}` (or the same below any other of the service's 2 paths) and reads the `<vnic_profile>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profile/methods/get | reference: assigned_vnic_profile.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedVnicProfileServiceGetOptions}).
   * @returns The `profile`: `VnicProfile`.
   */
  get(opts: AssignedVnicProfileServiceGetOptions = {}): Promise<t.VnicProfile> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.VnicProfile>;
  }

  /**
   * Removes: sends `DELETE /networks/{network_id}/vnicprofiles/{profile_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profile/methods/remove | reference: assigned_vnic_profile.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedVnicProfileServiceRemoveOptions}).
   */
  remove(opts: AssignedVnicProfileServiceRemoveOptions = {}): Promise<void> {
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
