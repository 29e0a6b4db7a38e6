// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link StorageService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServiceGetOptions extends RequestOptions {
  /** The `report_status` parameter (query parameter `report_status`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage/methods/get/parameters/report_status} */
  reportStatus?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageService.get', { reportStatus: 'boolean', follow: 'string' });

/**
 * The `storage` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage}
 */
export class StorageService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage/methods/get}
   * @returns The `storage` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage/methods/get/parameters/storage}
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
