// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link TagService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface TagServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/tag/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link TagService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface TagServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/tag/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link TagService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface TagServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/tag/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('TagService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('TagService.update', { async: 'boolean' }, ['tag', t.Tag]);
const REMOVE_PARAMETERS = methodParameters('TagService.remove', { async: 'boolean' });

/**
 * The `tag` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/tag}
 */
export class TagService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/tag/methods/get}
   * @returns The `tag` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/tag/methods/get/parameters/tag}
   */
  get(opts: TagServiceGetOptions = {}): Promise<t.Tag> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Tag>;
  }

  /**
   * Updates the object: `PUT` of `<tag>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/tag/methods/update}
   * @param tag The `tag` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/tag/methods/update/parameters/tag}
   */
  update(tag: t.TagInit, opts: TagServiceUpdateOptions = {}): Promise<t.Tag> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, tag);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(tag, 'tag', query, opts) as Promise<t.Tag>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/tag/methods/remove}
   */
  remove(opts: TagServiceRemoveOptions = {}): Promise<void> {
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
