// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DiskProfileService } from './disk-profile-service';

/**
 * Options of {@link DiskProfilesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profiles/methods/list | reference: disk_profiles.list}
 */
export interface DiskProfilesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /diskprofiles`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profiles/methods/list | reference: disk_profiles.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /diskprofiles`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profiles/methods/list | reference: disk_profiles.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('DiskProfilesService.add', {}, ['diskProfile', t.DiskProfile]);
const LIST_PARAMETERS = methodParameters('DiskProfilesService.list', { max: 'integer', follow: 'string' });

/**
 * The `disk_profiles` service of the API.
 *
 * Path below the API root: `/diskprofiles`.
 * Reached with `connection.systemService().diskProfilesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profiles | reference: disk_profiles}
 */
export class DiskProfilesService extends Service {
  /**
   * Adds a `disk_profile`: sends `POST /diskprofiles` with it as the `<disk_profile>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `profile.name`
   * - `profile.storageDomain.id`
   *
   * Also accepts: `profile.description`, `profile.qos.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profiles/methods/add | reference: disk_profiles.add}
   * @param profile The `profile` to send: `DiskProfileInit` (a `DiskProfile` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `disk_profile` as the engine answers it.
   */
  add(profile: t.DiskProfileInit, opts: RequestOptions = {}): Promise<t.DiskProfile> {
    const refused = checkParameters(ADD_PARAMETERS, opts, profile);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(profile, 'disk_profile', {}, opts) as Promise<t.DiskProfile>;
  }

  /**
   * Lists the `disk_profile` objects: sends `GET /diskprofiles` and reads the `<disk_profiles>` the engine answers, one item per `<disk_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profiles/methods/list | reference: disk_profiles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskProfilesServiceListOptions}).
   * @returns The `profile`: a list of `DiskProfile`.
   */
  list(opts: DiskProfilesServiceListOptions = {}): Promise<List<t.DiskProfile>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.DiskProfile>>;
  }

  /**
   * Like {@link DiskProfilesService.list} (it sends `GET /diskprofiles` with the same options), but yields
   * each `disk_profile` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profiles/methods/list | reference: disk_profiles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: DiskProfilesServiceListOptions = {}): AsyncGenerator<t.DiskProfile, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'DiskProfilesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.DiskProfile, void, undefined>;
  }

  /**
   * Locates the `disk_profile` service at `{disk_profile_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profile | reference: disk_profile}
   */
  diskProfileService(id: string | number): DiskProfileService {
    return new DiskProfileService(this.connection, `${this.path}/${idSegment(id, 'DiskProfilesService.diskProfileService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.diskProfileService(decodeURIComponent(head)).service(rest);
  }
}
