// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { FileService } from './file-service';

/** Options of {@link FilesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface FilesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/files/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/files/methods/list/parameters/search} */
  search?: string;
  /** The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/files/methods/list/parameters/case_sensitive} */
  caseSensitive?: boolean;
  /**
   * The `refresh` parameter (query parameter `refresh`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/files/methods/list/parameters/refresh}
   * @since API 4.1.5
   */
  refresh?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/files/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('FilesService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', refresh: 'boolean', follow: 'string' });

/**
 * The `files` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/files}
 */
export class FilesService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/files/methods/list}
   * @returns The `file` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/files/methods/list/parameters/file}
   */
  list(opts: FilesServiceListOptions = {}): Promise<List<t.File>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      refresh: opts.refresh,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.File>>;
  }

  /**
   * Like {@link FilesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/files/methods/list}
   */
  listStream(opts: FilesServiceListOptions = {}): AsyncGenerator<t.File, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'FilesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      refresh: opts.refresh,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.File, void, undefined>;
  }

  /** Locates the `file` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/file}); sends no request. */
  fileService(id: string | number): FileService {
    return new FileService(this.connection, `${this.path}/${idSegment(id, 'FilesService.fileService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.fileService(decodeURIComponent(head)).service(rest);
  }
}
