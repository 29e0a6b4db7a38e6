// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link BookmarkService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface BookmarkServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmark/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link BookmarkService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface BookmarkServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmark/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link BookmarkService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface BookmarkServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmark/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('BookmarkService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('BookmarkService.update', { async: 'boolean' }, ['bookmark', t.Bookmark]);
const REMOVE_PARAMETERS = methodParameters('BookmarkService.remove', { async: 'boolean' });

/**
 * The `bookmark` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmark}
 */
export class BookmarkService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmark/methods/get}
   * @returns The `bookmark` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmark/methods/get/parameters/bookmark}
   */
  get(opts: BookmarkServiceGetOptions = {}): Promise<t.Bookmark> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Bookmark>;
  }

  /**
   * Updates the object: `PUT` of `<bookmark>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmark/methods/update}
   * @param bookmark The `bookmark` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmark/methods/update/parameters/bookmark}
   */
  update(bookmark: t.BookmarkInit, opts: BookmarkServiceUpdateOptions = {}): Promise<t.Bookmark> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, bookmark);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(bookmark, 'bookmark', query, opts) as Promise<t.Bookmark>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmark/methods/remove}
   */
  remove(opts: BookmarkServiceRemoveOptions = {}): Promise<void> {
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
