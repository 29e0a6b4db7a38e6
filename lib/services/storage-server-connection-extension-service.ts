// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link StorageServerConnectionExtensionService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionExtensionServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extension/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link StorageServerConnectionExtensionService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionExtensionServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extension/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link StorageServerConnectionExtensionService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionExtensionServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extension/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageServerConnectionExtensionService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('StorageServerConnectionExtensionService.update', { async: 'boolean' }, ['storageConnectionExtension', t.StorageConnectionExtension]);
const REMOVE_PARAMETERS = methodParameters('StorageServerConnectionExtensionService.remove', { async: 'boolean' });

/**
 * The `storage_server_connection_extension` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extension}
 */
export class StorageServerConnectionExtensionService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extension/methods/get}
   * @returns The `extension` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extension/methods/get/parameters/extension}
   */
  get(opts: StorageServerConnectionExtensionServiceGetOptions = {}): Promise<t.StorageConnectionExtension> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.StorageConnectionExtension>;
  }

  /**
   * Updates the object: `PUT` of `<storage_connection_extension>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extension/methods/update}
   * @param extension The `extension` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extension/methods/update/parameters/extension}
   */
  update(extension: t.StorageConnectionExtensionInit, opts: StorageServerConnectionExtensionServiceUpdateOptions = {}): Promise<t.StorageConnectionExtension> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, extension);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(extension, 'storage_connection_extension', query, opts) as Promise<t.StorageConnectionExtension>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extension/methods/remove}
   */
  remove(opts: StorageServerConnectionExtensionServiceRemoveOptions = {}): Promise<void> {
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
