// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link StorageDomainServerConnectionService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connection/methods/get | reference: storage_domain_server_connection.get}
 */
export interface StorageDomainServerConnectionServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/storageconnections/{connection_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connection/methods/get | reference: storage_domain_server_connection.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link StorageDomainServerConnectionService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connection/methods/remove | reference: storage_domain_server_connection.remove}
 */
export interface StorageDomainServerConnectionServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /storagedomains/{storage_domain_id}/storageconnections/{connection_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connection/methods/remove | reference: storage_domain_server_connection.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageDomainServerConnectionService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('StorageDomainServerConnectionService.remove', { async: 'boolean' });

/**
 * The `storage_domain_server_connection` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/storageconnections/{connection_id}`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).storageConnectionsService().connectionService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connection | reference: storage_domain_server_connection}
 */
export class StorageDomainServerConnectionService extends Service {
  /**
   * Retrieves the `storage_connection`: sends `GET /storagedomains/{storage_domain_id}/storageconnections/{connection_id}` and reads the `<storage_connection>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connection/methods/get | reference: storage_domain_server_connection.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainServerConnectionServiceGetOptions}).
   * @returns The `connection`: `StorageConnection`.
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
   * Removes: sends `DELETE /storagedomains/{storage_domain_id}/storageconnections/{connection_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connection/methods/remove | reference: storage_domain_server_connection.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainServerConnectionServiceRemoveOptions}).
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
