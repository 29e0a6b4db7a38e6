// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VnicProfileService } from './vnic-profile-service';

/**
 * Options of {@link VnicProfilesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profiles/methods/list | reference: vnic_profiles.list}
 */
export interface VnicProfilesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vnicprofiles`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profiles/methods/list | reference: vnic_profiles.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /vnicprofiles`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profiles/methods/list | reference: vnic_profiles.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VnicProfilesService.add', {}, ['vnicProfile', t.VnicProfile]);
const LIST_PARAMETERS = methodParameters('VnicProfilesService.list', { max: 'integer', follow: 'string' });

/**
 * The `vnic_profiles` service of the API.
 *
 * Path below the API root: `/vnicprofiles`.
 * Reached with `connection.systemService().vnicProfilesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profiles | reference: vnic_profiles}
 */
export class VnicProfilesService extends Service {
  /**
   * Adds a `vnic_profile`: sends `POST /vnicprofiles` with it as the `<vnic_profile>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `profile.name`
   * - `profile.network.id`
   *
   * Also accepts: `profile.description`, `profile.passThrough.mode`, `profile.portMirroring`, `profile.customProperties[].name`, `profile.customProperties[].value`, `profile.failover`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profiles/methods/add | reference: vnic_profiles.add}
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
   * Lists the `vnic_profile` objects: sends `GET /vnicprofiles` and reads the `<vnic_profiles>` the engine answers, one item per `<vnic_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profiles/methods/list | reference: vnic_profiles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VnicProfilesServiceListOptions}).
   * @returns The `profiles`: a list of `VnicProfile`.
   */
  list(opts: VnicProfilesServiceListOptions = {}): Promise<List<t.VnicProfile>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.VnicProfile>>;
  }

  /**
   * Like {@link VnicProfilesService.list} (it sends `GET /vnicprofiles` with the same options), but yields
   * each `vnic_profile` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profiles/methods/list | reference: vnic_profiles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: VnicProfilesServiceListOptions = {}): AsyncGenerator<t.VnicProfile, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VnicProfilesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.VnicProfile, void, undefined>;
  }

  /**
   * Locates the `vnic_profile` service at `{profile_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profile | reference: vnic_profile}
   */
  profileService(id: string | number): VnicProfileService {
    return new VnicProfileService(this.connection, `${this.path}/${idSegment(id, 'VnicProfilesService.profileService')}`);
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
