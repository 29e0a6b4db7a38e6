// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DiskProfileService } from './disk-profile-service';

/** Options of {@link DiskProfilesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskProfilesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_profiles/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_profiles/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('DiskProfilesService.add', {}, ['diskProfile', t.DiskProfile]);
const LIST_PARAMETERS = methodParameters('DiskProfilesService.list', { max: 'integer', follow: 'string' });

/**
 * The `disk_profiles` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_profiles}
 */
export class DiskProfilesService extends Service {
  /**
   * Adds an object: `POST` of `<disk_profile>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_profiles/methods/add}
   * @param profile The `profile` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_profiles/methods/add/parameters/profile}
   */
  add(profile: t.DiskProfileInit, opts: RequestOptions = {}): Promise<t.DiskProfile> {
    const refused = checkParameters(ADD_PARAMETERS, opts, profile);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(profile, 'disk_profile', {}, opts) as Promise<t.DiskProfile>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_profiles/methods/list}
   * @returns The `profile` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_profiles/methods/list/parameters/profile}
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
   * Like {@link DiskProfilesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_profiles/methods/list}
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

  /** Locates the `disk_profile` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_profile}); sends no request. */
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
