// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { BookmarkService } from './bookmark-service';

/**
 * Options of {@link BookmarksService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmarks/methods/list | reference: bookmarks.list}
 */
export interface BookmarksServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /bookmarks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmarks/methods/list | reference: bookmarks.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /bookmarks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmarks/methods/list | reference: bookmarks.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('BookmarksService.add', {}, ['bookmark', t.Bookmark]);
const LIST_PARAMETERS = methodParameters('BookmarksService.list', { max: 'integer', follow: 'string' });

/**
 * The `bookmarks` service of the API.
 *
 * Path below the API root: `/bookmarks`.
 * Reached with `connection.systemService().bookmarksService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmarks | reference: bookmarks}
 */
export class BookmarksService extends Service {
  /**
   * Adds a `bookmark`: sends `POST /bookmarks` with it as the `<bookmark>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `bookmark.name`
   * - `bookmark.value`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmarks/methods/add | reference: bookmarks.add}
   * @param bookmark The `bookmark` to send: `BookmarkInit` (a `Bookmark` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `bookmark` as the engine answers it.
   */
  add(bookmark: t.BookmarkInit, opts: RequestOptions = {}): Promise<t.Bookmark> {
    const refused = checkParameters(ADD_PARAMETERS, opts, bookmark);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(bookmark, 'bookmark', {}, opts) as Promise<t.Bookmark>;
  }

  /**
   * Lists the `bookmark` objects: sends `GET /bookmarks` and reads the `<bookmarks>` the engine answers, one item per `<bookmark>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmarks/methods/list | reference: bookmarks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link BookmarksServiceListOptions}).
   * @returns The `bookmarks`: a list of `Bookmark`.
   */
  list(opts: BookmarksServiceListOptions = {}): Promise<List<t.Bookmark>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Bookmark>>;
  }

  /**
   * Like {@link BookmarksService.list} (it sends `GET /bookmarks` with the same options), but yields
   * each `bookmark` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmarks/methods/list | reference: bookmarks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: BookmarksServiceListOptions = {}): AsyncGenerator<t.Bookmark, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'BookmarksService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Bookmark, void, undefined>;
  }

  /**
   * Locates the `bookmark` service at `{bookmark_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmark | reference: bookmark}
   */
  bookmarkService(id: string | number): BookmarkService {
    return new BookmarkService(this.connection, `${this.path}/${idSegment(id, 'BookmarksService.bookmarkService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.bookmarkService(decodeURIComponent(head)).service(rest);
  }
}
