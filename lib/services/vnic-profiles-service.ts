// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VnicProfileService } from './vnic-profile-service';

/** Options of {@link VnicProfilesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface VnicProfilesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profiles/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profiles/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VnicProfilesService.add', {}, ['vnicProfile', t.VnicProfile]);
const LIST_PARAMETERS = methodParameters('VnicProfilesService.list', { max: 'integer', follow: 'string' });

/**
 * The `vnic_profiles` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profiles}
 */
export class VnicProfilesService extends Service {
  /**
   * Adds an object: `POST` of `<vnic_profile>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profiles/methods/add}
   * @param profile The `profile` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profiles/methods/add/parameters/profile}
   */
  add(profile: t.VnicProfileInit, opts: RequestOptions = {}): Promise<t.VnicProfile> {
    const refused = checkParameters(ADD_PARAMETERS, opts, profile);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(profile, 'vnic_profile', {}, opts) as Promise<t.VnicProfile>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profiles/methods/list}
   * @returns The `profiles` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profiles/methods/list/parameters/profiles}
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
   * Like {@link VnicProfilesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profiles/methods/list}
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

  /** Locates the `profile` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profile}); sends no request. */
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
