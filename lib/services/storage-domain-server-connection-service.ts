// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link StorageDomainServerConnectionService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainServerConnectionServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_server_connection/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link StorageDomainServerConnectionService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainServerConnectionServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_server_connection/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageDomainServerConnectionService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('StorageDomainServerConnectionService.remove', { async: 'boolean' });

/**
 * The `storage_domain_server_connection` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_server_connection}
 */
export class StorageDomainServerConnectionService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_server_connection/methods/get}
   * @returns The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_server_connection/methods/get/parameters/connection}
   */
  get(opts: StorageDomainServerConnectionServiceGetOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_server_connection/methods/remove}
   */
  remove(opts: StorageDomainServerConnectionServiceRemoveOptions = {}): Promise<void> {
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
