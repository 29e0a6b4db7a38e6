// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link StorageService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage/methods/get | reference: storage.get}
 */
export interface StorageServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `report_status` of `GET /hosts/{host_id}/storage/{storage_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage/methods/get | reference: storage.get}
   */
  reportStatus?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/storage/{storage_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage/methods/get | reference: storage.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageService.get', { reportStatus: 'boolean', follow: 'string' });

/**
 * The `storage` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/storage/{storage_id}`.
 * Reached with `connection.systemService().hostsService().hostService(id).storageService().storageService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage | reference: storage}
 */
export class StorageService extends Service {
  /**
   * Retrieves the `host_storage`: sends `GET /hosts/{host_id}/storage/{storage_id}` and reads the `<host_storage>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage/methods/get | reference: storage.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServiceGetOptions}).
   * @returns The `storage`: `HostStorage`.
   */
  get(opts: StorageServiceGetOptions = {}): Promise<t.HostStorage> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      report_status: opts.reportStatus,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.HostStorage>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
