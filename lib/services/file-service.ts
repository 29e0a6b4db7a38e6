// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link FileService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/file/methods/get | reference: file.get}
 */
export interface FileServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/files/{file_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/file/methods/get | reference: file.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('FileService.get', { follow: 'string' });

/**
 * The `file` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/files/{file_id}`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).filesService().fileService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/file | reference: file}
 */
export class FileService extends Service {
  /**
   * Retrieves the `file`: sends `GET /storagedomains/{storage_domain_id}/files/{file_id}` and reads the `<file>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/file/methods/get | reference: file.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link FileServiceGetOptions}).
   * @returns The `file`: `File`.
   */
  get(opts: FileServiceGetOptions = {}): Promise<t.File> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.File>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
