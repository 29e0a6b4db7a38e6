// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link BookmarkService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmark/methods/get | reference: bookmark.get}
 */
export interface BookmarkServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /bookmarks/{bookmark_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmark/methods/get | reference: bookmark.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link BookmarkService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmark/methods/update | reference: bookmark.update}
 */
export interface BookmarkServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /bookmarks/{bookmark_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmark/methods/update | reference: bookmark.update}
   */
  async?: boolean;
}

/**
 * Options of {@link BookmarkService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmark/methods/remove | reference: bookmark.remove}
 */
export interface BookmarkServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /bookmarks/{bookmark_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmark/methods/remove | reference: bookmark.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('BookmarkService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('BookmarkService.update', { async: 'boolean' }, ['bookmark', t.Bookmark]);
const REMOVE_PARAMETERS = methodParameters('BookmarkService.remove', { async: 'boolean' });

/**
 * The `bookmark` service of the API.
 *
 * Path below the API root: `/bookmarks/{bookmark_id}`.
 * Reached with `connection.systemService().bookmarksService().bookmarkService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmark | reference: bookmark}
 */
export class BookmarkService extends Service {
  /**
   * Retrieves the `bookmark`: sends `GET /bookmarks/{bookmark_id}` and reads the `<bookmark>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmark/methods/get | reference: bookmark.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link BookmarkServiceGetOptions}).
   * @returns The `bookmark`: `Bookmark`.
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
   * Updates the `bookmark`: sends `PUT /bookmarks/{bookmark_id}` with the `<bookmark>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmark/methods/update | reference: bookmark.update}
   * @param bookmark The `bookmark` to send: `BookmarkInit` (a `Bookmark` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link BookmarkServiceUpdateOptions}).
   * @returns The `bookmark` as the engine answers it.
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
   * Removes: sends `DELETE /bookmarks/{bookmark_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmark/methods/remove | reference: bookmark.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link BookmarkServiceRemoveOptions}).
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
