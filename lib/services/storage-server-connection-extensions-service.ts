// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageServerConnectionExtensionService } from './storage-server-connection-extension-service';

/** Options of {@link StorageServerConnectionExtensionsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionExtensionsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extensions/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extensions/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('StorageServerConnectionExtensionsService.add', {}, ['storageConnectionExtension', t.StorageConnectionExtension]);
const LIST_PARAMETERS = methodParameters('StorageServerConnectionExtensionsService.list', { max: 'integer', follow: 'string' });

/**
 * The `storage_server_connection_extensions` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extensions}
 */
export class StorageServerConnectionExtensionsService extends Service {
  /**
   * Adds an object: `POST` of `<storage_connection_extension>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extensions/methods/add}
   * @param extension The `extension` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extensions/methods/add/parameters/extension}
   */
  add(extension: t.StorageConnectionExtensionInit, opts: RequestOptions = {}): Promise<t.StorageConnectionExtension> {
    const refused = checkParameters(ADD_PARAMETERS, opts, extension);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(extension, 'storage_connection_extension', {}, opts) as Promise<t.StorageConnectionExtension>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extensions/methods/list}
   * @returns The `extensions` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extensions/methods/list/parameters/extensions}
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
   * Like {@link StorageServerConnectionExtensionsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extensions/methods/list}
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

  /** Locates the `storage_connection_extension` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extension}); sends no request. */
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
