// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link AssignedDiskProfileService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_disk_profile/methods/get | reference: assigned_disk_profile.get}
 */
export interface AssignedDiskProfileServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/diskprofiles/{profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_disk_profile/methods/get | reference: assigned_disk_profile.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link AssignedDiskProfileService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_disk_profile/methods/remove | reference: assigned_disk_profile.remove}
 */
export interface AssignedDiskProfileServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /storagedomains/{storage_domain_id}/diskprofiles/{profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_disk_profile/methods/remove | reference: assigned_disk_profile.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('AssignedDiskProfileService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('AssignedDiskProfileService.remove', { async: 'boolean' });

/**
 * The `assigned_disk_profile` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/diskprofiles/{profile_id}`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).diskProfilesService().profileService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_disk_profile | reference: assigned_disk_profile}
 */
export class AssignedDiskProfileService extends Service {
  /**
   * Retrieves the `disk_profile`: sends `GET /storagedomains/{storage_domain_id}/diskprofiles/{profile_id}` and reads the `<disk_profile>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_disk_profile/methods/get | reference: assigned_disk_profile.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedDiskProfileServiceGetOptions}).
   * @returns The `disk_profile`: `DiskProfile`.
   */
  get(opts: AssignedDiskProfileServiceGetOptions = {}): Promise<t.DiskProfile> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.DiskProfile>;
  }

  /**
   * Removes: sends `DELETE /storagedomains/{storage_domain_id}/diskprofiles/{profile_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_disk_profile/methods/remove | reference: assigned_disk_profile.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedDiskProfileServiceRemoveOptions}).
   */
  remove(opts: AssignedDiskProfileServiceRemoveOptions = {}): Promise<void> {
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
