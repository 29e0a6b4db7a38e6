// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageServerConnectionService } from './storage-server-connection-service';

/** Options of {@link StorageServerConnectionsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_ISCSI_PARAMETERS = methodParameters('StorageServerConnectionsService.addIscsi', {}, ['storageConnection', t.StorageConnection]);
const ADD_NFS_PARAMETERS = methodParameters('StorageServerConnectionsService.addNfs', {}, ['storageConnection', t.StorageConnection]);
const ADD_VFS_PARAMETERS = methodParameters('StorageServerConnectionsService.addVfs', {}, ['storageConnection', t.StorageConnection]);
const ADD_GLUSTERFS_PARAMETERS = methodParameters('StorageServerConnectionsService.addGlusterfs', {}, ['storageConnection', t.StorageConnection]);
const ADD_LOCAL_PARAMETERS = methodParameters('StorageServerConnectionsService.addLocal', {}, ['storageConnection', t.StorageConnection]);
const ADD_PARAMETERS = methodParameters('StorageServerConnectionsService.add', {}, ['storageConnection', t.StorageConnection]);
const LIST_PARAMETERS = methodParameters('StorageServerConnectionsService.list', { max: 'integer', follow: 'string' });

/**
 * The `storage_server_connections` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections}
 */
export class StorageServerConnectionsService extends Service {
  /**
   * Adds an object: `POST` of `<storage_connection>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/add_iscsi}
   * @param connection The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/add_iscsi/parameters/connection}
   */
  addIscsi(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_ISCSI_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Adds an object: `POST` of `<storage_connection>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/add_nfs}
   * @param connection The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/add_nfs/parameters/connection}
   */
  addNfs(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_NFS_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Adds an object: `POST` of `<storage_connection>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/add_vfs}
   * @param connection The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/add_vfs/parameters/connection}
   */
  addVfs(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_VFS_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Adds an object: `POST` of `<storage_connection>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/add_glusterfs}
   * @param connection The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/add_glusterfs/parameters/connection}
   */
  addGlusterfs(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_GLUSTERFS_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Adds an object: `POST` of `<storage_connection>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/add_local}
   * @param connection The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/add_local/parameters/connection}
   */
  addLocal(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_LOCAL_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Adds an object: `POST` of `<storage_connection>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/add}
   * @param connection The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/add/parameters/connection}
   */
  add(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/list}
   * @returns The `connections` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/list/parameters/connections}
   */
  list(opts: StorageServerConnectionsServiceListOptions = {}): Promise<List<t.StorageConnection>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.StorageConnection>>;
  }

  /**
   * Like {@link StorageServerConnectionsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections/methods/list}
   */
  listStream(opts: StorageServerConnectionsServiceListOptions = {}): AsyncGenerator<t.StorageConnection, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'StorageServerConnectionsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.StorageConnection, void, undefined>;
  }

  /** Locates the `storage_connection` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection}); sends no request. */
  storageConnectionService(id: string | number): StorageServerConnectionService {
    return new StorageServerConnectionService(this.connection, `${this.path}/${idSegment(id, 'StorageServerConnectionsService.storageConnectionService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.storageConnectionService(decodeURIComponent(head)).service(rest);
  }
}
