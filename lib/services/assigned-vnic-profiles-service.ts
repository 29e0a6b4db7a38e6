// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AssignedVnicProfileService } from './assigned-vnic-profile-service';

/**
 * Options of {@link AssignedVnicProfilesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profiles/methods/list | reference: assigned_vnic_profiles.list}
 */
export interface AssignedVnicProfilesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /networks/{network_id}/vnicprofiles` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profiles/methods/list | reference: assigned_vnic_profiles.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /networks/{network_id}/vnicprofiles` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profiles/methods/list | reference: assigned_vnic_profiles.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AssignedVnicProfilesService.add', {}, ['vnicProfile', t.VnicProfile]);
const LIST_PARAMETERS = methodParameters('AssignedVnicProfilesService.list', { max: 'integer', follow: 'string' });

/**
 * The `assigned_vnic_profiles` service of the API.
 *
 * Path below the API root: `/networks/{network_id}/vnicprofiles` (and 1 other, such as `/datacenters/{data_center_id}/iscsibonds/{iscsi_bond_id}/networks/{network_id}/vnicprofiles`).
 * Reached with `connection.systemService().networksService().networkService(id).vnicProfilesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profiles | reference: assigned_vnic_profiles}
 */
export class AssignedVnicProfilesService extends Service {
  /**
   * Adds a `vnic_profile`: sends `POST /networks/{network_id}/vnicprofiles` (or the same below any other of the service's 2 paths) with it as the `<vnic_profile>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `profile.name`
   *
   * Also accepts: `profile.description`, `profile.passThrough.mode`, `profile.portMirroring`, `profile.customProperties[].name`, `profile.customProperties[].value`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profiles/methods/add | reference: assigned_vnic_profiles.add}
   * @param profile The `profile` to send: `VnicProfileInit` (a `VnicProfile` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `vnic_profile` as the engine answers it.
   */
  add(profile: t.VnicProfileInit, opts: RequestOptions = {}): Promise<t.VnicProfile> {
    const refused = checkParameters(ADD_PARAMETERS, opts, profile);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(profile, 'vnic_profile', {}, opts) as Promise<t.VnicProfile>;
  }

  /**
   * Lists the `vnic_profile` objects: sends `GET /networks/{network_id}/vnicprofiles` (or the same below any other of the service's 2 paths) and reads the `<vnic_profiles>` the engine answers, one item per `<vnic_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profiles/methods/list | reference: assigned_vnic_profiles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedVnicProfilesServiceListOptions}).
   * @returns The `profiles`: a list of `VnicProfile`.
   */
  list(opts: AssignedVnicProfilesServiceListOptions = {}): Promise<List<t.VnicProfile>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.VnicProfile>>;
  }

  /**
   * Like {@link AssignedVnicProfilesService.list} (it sends `GET /networks/{network_id}/vnicprofiles` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `vnic_profile` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profiles/methods/list | reference: assigned_vnic_profiles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: AssignedVnicProfilesServiceListOptions = {}): AsyncGenerator<t.VnicProfile, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AssignedVnicProfilesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.VnicProfile, void, undefined>;
  }

  /**
   * Locates the `assigned_vnic_profile` service at `{profile_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profile | reference: assigned_vnic_profile}
   */
  profileService(id: string | number): AssignedVnicProfileService {
    return new AssignedVnicProfileService(this.connection, `${this.path}/${idSegment(id, 'AssignedVnicProfilesService.profileService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.profileService(decodeURIComponent(head)).service(rest);
  }
}
