// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link StorageServerConnectionExtensionService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extension/methods/get | reference: storage_server_connection_extension.get}
 */
export interface StorageServerConnectionExtensionServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/storageconnectionextensions/{storage_connection_extension_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extension/methods/get | reference: storage_server_connection_extension.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link StorageServerConnectionExtensionService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extension/methods/update | reference: storage_server_connection_extension.update}
 */
export interface StorageServerConnectionExtensionServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /hosts/{host_id}/storageconnectionextensions/{storage_connection_extension_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extension/methods/update | reference: storage_server_connection_extension.update}
   */
  async?: boolean;
}

/**
 * Options of {@link StorageServerConnectionExtensionService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extension/methods/remove | reference: storage_server_connection_extension.remove}
 */
export interface StorageServerConnectionExtensionServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /hosts/{host_id}/storageconnectionextensions/{storage_connection_extension_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extension/methods/remove | reference: storage_server_connection_extension.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageServerConnectionExtensionService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('StorageServerConnectionExtensionService.update', { async: 'boolean' }, ['storageConnectionExtension', t.StorageConnectionExtension]);
const REMOVE_PARAMETERS = methodParameters('StorageServerConnectionExtensionService.remove', { async: 'boolean' });

/**
 * The `storage_server_connection_extension` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/storageconnectionextensions/{storage_connection_extension_id}`.
 * Reached with `connection.systemService().hostsService().hostService(id).storageConnectionExtensionsService().storageConnectionExtensionService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extension | reference: storage_server_connection_extension}
 */
export class StorageServerConnectionExtensionService extends Service {
  /**
   * Retrieves the `storage_connection_extension`: sends `GET /hosts/{host_id}/storageconnectionextensions/{storage_connection_extension_id}` and reads the `<storage_connection_extension>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extension/methods/get | reference: storage_server_connection_extension.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionExtensionServiceGetOptions}).
   * @returns The `extension`: `StorageConnectionExtension`.
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
   * Updates the `storage_connection_extension`: sends `PUT /hosts/{host_id}/storageconnectionextensions/{storage_connection_extension_id}` with the `<storage_connection_extension>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `extension.password`, `extension.target`, `extension.username`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extension/methods/update | reference: storage_server_connection_extension.update}
   * @param extension The `extension` to send: `StorageConnectionExtensionInit` (a `StorageConnectionExtension` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionExtensionServiceUpdateOptions}).
   * @returns The `storage_connection_extension` as the engine answers it.
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
   * Removes: sends `DELETE /hosts/{host_id}/storageconnectionextensions/{storage_connection_extension_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extension/methods/remove | reference: storage_server_connection_extension.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionExtensionServiceRemoveOptions}).
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
