// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { FileService } from './file-service';

/**
 * Options of {@link FilesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/files/methods/list | reference: files.list}
 */
export interface FilesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /storagedomains/{storage_domain_id}/files`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/files/methods/list | reference: files.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /storagedomains/{storage_domain_id}/files`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/files/methods/list | reference: files.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /storagedomains/{storage_domain_id}/files`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/files/methods/list | reference: files.list}
   */
  caseSensitive?: boolean;
  /**
   * `boolean`, sent as query parameter `refresh` of `GET /storagedomains/{storage_domain_id}/files`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/files/methods/list | reference: files.list}
   * @since API 4.1.5
   */
  refresh?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/files`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/files/methods/list | reference: files.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('FilesService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', refresh: 'boolean', follow: 'string' });

/**
 * The `files` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/files`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).filesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/files | reference: files}
 */
export class FilesService extends Service {
  /**
   * Lists the `file` objects: sends `GET /storagedomains/{storage_domain_id}/files` and reads the `<files>` the engine answers, one item per `<file>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/files/methods/list | reference: files.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link FilesServiceListOptions}).
   * @returns The `file`: a list of `File`.
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
   * Like {@link FilesService.list} (it sends `GET /storagedomains/{storage_domain_id}/files` with the same options), but yields
   * each `file` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/files/methods/list | reference: files.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `file` service at `{file_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/file | reference: file}
   */
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
