// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { BookmarkService } from './bookmark-service';

/** Options of {@link BookmarksService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface BookmarksServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmarks/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmarks/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('BookmarksService.add', {}, ['bookmark', t.Bookmark]);
const LIST_PARAMETERS = methodParameters('BookmarksService.list', { max: 'integer', follow: 'string' });

/**
 * The `bookmarks` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmarks}
 */
export class BookmarksService extends Service {
  /**
   * Adds an object: `POST` of `<bookmark>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmarks/methods/add}
   * @param bookmark The `bookmark` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmarks/methods/add/parameters/bookmark}
   */
  add(bookmark: t.BookmarkInit, opts: RequestOptions = {}): Promise<t.Bookmark> {
    const refused = checkParameters(ADD_PARAMETERS, opts, bookmark);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(bookmark, 'bookmark', {}, opts) as Promise<t.Bookmark>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmarks/methods/list}
   * @returns The `bookmarks` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmarks/methods/list/parameters/bookmarks}
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
   * Like {@link BookmarksService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmarks/methods/list}
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

  /** Locates the `bookmark` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmark}); sends no request. */
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
