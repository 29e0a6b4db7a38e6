// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageServerConnectionService } from './storage-server-connection-service';

/**
 * Options of {@link StorageServerConnectionsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections/methods/list | reference: storage_server_connections.list}
 */
export interface StorageServerConnectionsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /storageconnections` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections/methods/list | reference: storage_server_connections.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /storageconnections` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections/methods/list | reference: storage_server_connections.list}
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
 * The `storage_server_connections` service of the API.
 *
 * Path below the API root: `/storageconnections` (and 1 other, such as `/datacenters/{data_center_id}/iscsibonds/{iscsi_bond_id}/storageserverconnections`).
 * Reached with `connection.systemService().storageConnectionsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections | reference: storage_server_connections}
 */
export class StorageServerConnectionsService extends Service {
  /**
   * Adds a `storage_connection`: sends `POST /storageconnections` (or the same below any other of the service's 2 paths) with it as the `<storage_connection>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `connection.type` is `iscsi`.
   *
   * Needs (the engine refuses the request without them):
   * - `connection.type`
   * - `connection.address`
   * - `connection.target`
   * - `connection.port`
   *
   * Also accepts: `connection.password`, `connection.username`.
   *
   * Rule: the engine's check, BackendStorageServerConnectionsResource.add: validateParameters(storageConn, "type"), then by the type: validateParameters(storageConn, "address", "target", "port") for iSCSI.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections/methods/add | reference: storage_server_connections.add}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  addIscsi(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_ISCSI_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Adds a `storage_connection`: sends `POST /storageconnections` (or the same below any other of the service's 2 paths) with it as the `<storage_connection>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `connection.type` is `nfs`.
   *
   * Needs (the engine refuses the request without them):
   * - `connection.type`
   * - `connection.address`
   * - `connection.path`
   *
   * Also accepts: `connection.nfsRetrans`, `connection.nfsTimeo`, `connection.nfsVersion`.
   *
   * Rule: the engine's check, BackendStorageServerConnectionsResource.add: validateParameters(storageConn, "type"), then by the type: validateParameters(storageConn, "address", "path") for NFS.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections/methods/add | reference: storage_server_connections.add}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  addNfs(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_NFS_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Adds a `storage_connection`: sends `POST /storageconnections` (or the same below any other of the service's 2 paths) with it as the `<storage_connection>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `connection.type` is `posixfs`.
   *
   * Needs (the engine refuses the request without them):
   * - `connection.type`
   * - `connection.path`
   * - `connection.vfsType`
   *
   * Also accepts: `connection.address`, `connection.mountOptions`.
   *
   * Rule: the engine's check, BackendStorageServerConnectionsResource.add: validateParameters(storageConn, "type"), then by the type: validateParameters(storageConn, "path", "vfsType") for POSIX.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections/methods/add | reference: storage_server_connections.add}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  addVfs(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_VFS_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Adds a `storage_connection`: sends `POST /storageconnections` (or the same below any other of the service's 2 paths) with it as the `<storage_connection>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `connection.type` is `glusterfs`.
   *
   * Needs (the engine refuses the request without them):
   * - `connection.type`
   * - `connection.path`
   * - `connection.vfsType`
   *
   * Also accepts: `connection.address`, `connection.mountOptions`, `connection.glusterVolume`.
   *
   * Rule: the engine's check, BackendStorageServerConnectionsResource.add: validateParameters(storageConn, "type"), then by the type: validateParameters(storageConn, "path", "vfsType") for GlusterFS.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections/methods/add | reference: storage_server_connections.add}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  addGlusterfs(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_GLUSTERFS_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Adds a `storage_connection`: sends `POST /storageconnections` (or the same below any other of the service's 2 paths) with it as the `<storage_connection>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `connection.type` is `localfs`.
   *
   * Needs (the engine refuses the request without them):
   * - `connection.type`
   * - `connection.path`
   *
   * Rule: the engine's check, BackendStorageServerConnectionsResource.add: validateParameters(storageConn, "type"), then by the type: validateParameters(storageConn, "path") for a local connection.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections/methods/add | reference: storage_server_connections.add}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  addLocal(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_LOCAL_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Adds a `storage_connection`: sends `POST /storageconnections` (or the same below any other of the service's 2 paths) with it as the `<storage_connection>` body, and reads the object the engine answers.
   *
   * Its signatures send the same request for particular cases: `addIscsi` (when `connection.type` is `iscsi`), `addNfs` (when `connection.type` is `nfs`), `addVfs` (when `connection.type` is `posixfs`), `addGlusterfs` (when `connection.type` is `glusterfs`), `addLocal` (when `connection.type` is `localfs`).
   *
   * Needs (the engine refuses the request without them):
   * - `connection.type`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections/methods/add | reference: storage_server_connections.add}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  add(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Lists the `storage_connection` objects: sends `GET /storageconnections` (or the same below any other of the service's 2 paths) and reads the `<storage_connections>` the engine answers, one item per `<storage_connection>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections/methods/list | reference: storage_server_connections.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionsServiceListOptions}).
   * @returns The `connections`: a list of `StorageConnection`.
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
   * Like {@link StorageServerConnectionsService.list} (it sends `GET /storageconnections` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `storage_connection` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections/methods/list | reference: storage_server_connections.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `storage_server_connection` service at `{storage_connection_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection | reference: storage_server_connection}
   */
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
