// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { CpuProfileService } from './cpu-profile-service';

/**
 * Options of {@link CpuProfilesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profiles/methods/list | reference: cpu_profiles.list}
 */
export interface CpuProfilesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /cpuprofiles`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profiles/methods/list | reference: cpu_profiles.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /cpuprofiles`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profiles/methods/list | reference: cpu_profiles.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('CpuProfilesService.add', {}, ['cpuProfile', t.CpuProfile]);
const LIST_PARAMETERS = methodParameters('CpuProfilesService.list', { max: 'integer', follow: 'string' });

/**
 * The `cpu_profiles` service of the API.
 *
 * Path below the API root: `/cpuprofiles`.
 * Reached with `connection.systemService().cpuProfilesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profiles | reference: cpu_profiles}
 */
export class CpuProfilesService extends Service {
  /**
   * Adds a `cpu_profile`: sends `POST /cpuprofiles` with it as the `<cpu_profile>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `profile.cluster.id`
   * - `profile.name`
   *
   * Also accepts: `profile.description`, `profile.qos.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profiles/methods/add | reference: cpu_profiles.add}
   * @param profile The `profile` to send: `CpuProfileInit` (a `CpuProfile` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `cpu_profile` as the engine answers it.
   */
  add(profile: t.CpuProfileInit, opts: RequestOptions = {}): Promise<t.CpuProfile> {
    const refused = checkParameters(ADD_PARAMETERS, opts, profile);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(profile, 'cpu_profile', {}, opts) as Promise<t.CpuProfile>;
  }

  /**
   * Lists the `cpu_profile` objects: sends `GET /cpuprofiles` and reads the `<cpu_profiles>` the engine answers, one item per `<cpu_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profiles/methods/list | reference: cpu_profiles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link CpuProfilesServiceListOptions}).
   * @returns The `profile`: a list of `CpuProfile`.
   */
  list(opts: CpuProfilesServiceListOptions = {}): Promise<List<t.CpuProfile>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.CpuProfile>>;
  }

  /**
   * Like {@link CpuProfilesService.list} (it sends `GET /cpuprofiles` with the same options), but yields
   * each `cpu_profile` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profiles/methods/list | reference: cpu_profiles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: CpuProfilesServiceListOptions = {}): AsyncGenerator<t.CpuProfile, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'CpuProfilesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.CpuProfile, void, undefined>;
  }

  /**
   * Locates the `cpu_profile` service at `{profile_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profile | reference: cpu_profile}
   */
  profileService(id: string | number): CpuProfileService {
    return new CpuProfileService(this.connection, `${this.path}/${idSegment(id, 'CpuProfilesService.profileService')}`);
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
