// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageServerConnectionExtensionService } from './storage-server-connection-extension-service';

/**
 * Options of {@link StorageServerConnectionExtensionsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extensions/methods/list | reference: storage_server_connection_extensions.list}
 */
export interface StorageServerConnectionExtensionsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /hosts/{host_id}/storageconnectionextensions`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extensions/methods/list | reference: storage_server_connection_extensions.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/storageconnectionextensions`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extensions/methods/list | reference: storage_server_connection_extensions.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('StorageServerConnectionExtensionsService.add', {}, ['storageConnectionExtension', t.StorageConnectionExtension]);
const LIST_PARAMETERS = methodParameters('StorageServerConnectionExtensionsService.list', { max: 'integer', follow: 'string' });

/**
 * The `storage_server_connection_extensions` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/storageconnectionextensions`.
 * Reached with `connection.systemService().hostsService().hostService(id).storageConnectionExtensionsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extensions | reference: storage_server_connection_extensions}
 */
export class StorageServerConnectionExtensionsService extends Service {
  /**
   * Adds a `storage_connection_extension`: sends `POST /hosts/{host_id}/storageconnectionextensions` with it as the `<storage_connection_extension>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `extension.password`
   * - `extension.target`
   * - `extension.username`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extensions/methods/add | reference: storage_server_connection_extensions.add}
   * @param extension The `extension` to send: `StorageConnectionExtensionInit` (a `StorageConnectionExtension` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_connection_extension` as the engine answers it.
   */
  add(extension: t.StorageConnectionExtensionInit, opts: RequestOptions = {}): Promise<t.StorageConnectionExtension> {
    const refused = checkParameters(ADD_PARAMETERS, opts, extension);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(extension, 'storage_connection_extension', {}, opts) as Promise<t.StorageConnectionExtension>;
  }

  /**
   * Lists the `storage_connection_extension` objects: sends `GET /hosts/{host_id}/storageconnectionextensions` and reads the `<storage_connection_extensions>` the engine answers, one item per `<storage_connection_extension>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extensions/methods/list | reference: storage_server_connection_extensions.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionExtensionsServiceListOptions}).
   * @returns The `extensions`: a list of `StorageConnectionExtension`.
   */
  list(opts: StorageServerConnectionExtensionsServiceListOptions = {}): Promise<List<t.StorageConnectionExtension>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.StorageConnectionExtension>>;
  }

  /**
   * Like {@link StorageServerConnectionExtensionsService.list} (it sends `GET /hosts/{host_id}/storageconnectionextensions` with the same options), but yields
   * each `storage_connection_extension` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extensions/methods/list | reference: storage_server_connection_extensions.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: StorageServerConnectionExtensionsServiceListOptions = {}): AsyncGenerator<t.StorageConnectionExtension, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'StorageServerConnectionExtensionsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.StorageConnectionExtension, void, undefined>;
  }

  /**
   * Locates the `storage_server_connection_extension` service at `{storage_connection_extension_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extension | reference: storage_server_connection_extension}
   */
  storageConnectionExtensionService(id: string | number): StorageServerConnectionExtensionService {
    return new StorageServerConnectionExtensionService(this.connection, `${this.path}/${idSegment(id, 'StorageServerConnectionExtensionsService.storageConnectionExtensionService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.storageConnectionExtensionService(decodeURIComponent(head)).service(rest);
  }
}
