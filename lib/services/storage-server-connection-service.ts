// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link StorageServerConnectionService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/get | reference: storage_server_connection.get}
 */
export interface StorageServerConnectionServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/get | reference: storage_server_connection.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link StorageServerConnectionService.updateIscsi}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
 */
export interface StorageServerConnectionServiceUpdateIscsiOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   */
  async?: boolean;
  /**
   * `boolean`, sent as query parameter `force` of `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   * @since API 4.0.6
   */
  force?: boolean;
}

/**
 * Options of {@link StorageServerConnectionService.updateNfs}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
 */
export interface StorageServerConnectionServiceUpdateNfsOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   */
  async?: boolean;
  /**
   * `boolean`, sent as query parameter `force` of `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   * @since API 4.0.6
   */
  force?: boolean;
}

/**
 * Options of {@link StorageServerConnectionService.updateVfs}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
 */
export interface StorageServerConnectionServiceUpdateVfsOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   */
  async?: boolean;
  /**
   * `boolean`, sent as query parameter `force` of `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   * @since API 4.0.6
   */
  force?: boolean;
}

/**
 * Options of {@link StorageServerConnectionService.updateGlusterfs}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
 */
export interface StorageServerConnectionServiceUpdateGlusterfsOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   */
  async?: boolean;
  /**
   * `boolean`, sent as query parameter `force` of `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   * @since API 4.0.6
   */
  force?: boolean;
}

/**
 * Options of {@link StorageServerConnectionService.updateLocal}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
 */
export interface StorageServerConnectionServiceUpdateLocalOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   */
  async?: boolean;
  /**
   * `boolean`, sent as query parameter `force` of `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   * @since API 4.0.6
   */
  force?: boolean;
}

/**
 * Options of {@link StorageServerConnectionService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
 */
export interface StorageServerConnectionServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   */
  async?: boolean;
  /**
   * `boolean`, sent as query parameter `force` of `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   * @since API 4.0.6
   */
  force?: boolean;
}

/**
 * Options of {@link StorageServerConnectionService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/remove | reference: storage_server_connection.remove}
 */
export interface StorageServerConnectionServiceRemoveOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `host` of `DELETE /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/remove | reference: storage_server_connection.remove}
   */
  host?: string;
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/remove | reference: storage_server_connection.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageServerConnectionService.get', { follow: 'string' });
const UPDATE_ISCSI_PARAMETERS = methodParameters('StorageServerConnectionService.updateIscsi', { async: 'boolean', force: 'boolean' }, ['storageConnection', t.StorageConnection]);
const UPDATE_NFS_PARAMETERS = methodParameters('StorageServerConnectionService.updateNfs', { async: 'boolean', force: 'boolean' }, ['storageConnection', t.StorageConnection]);
const UPDATE_VFS_PARAMETERS = methodParameters('StorageServerConnectionService.updateVfs', { async: 'boolean', force: 'boolean' }, ['storageConnection', t.StorageConnection]);
const UPDATE_GLUSTERFS_PARAMETERS = methodParameters('StorageServerConnectionService.updateGlusterfs', { async: 'boolean', force: 'boolean' }, ['storageConnection', t.StorageConnection]);
const UPDATE_LOCAL_PARAMETERS = methodParameters('StorageServerConnectionService.updateLocal', { async: 'boolean', force: 'boolean' }, ['storageConnection', t.StorageConnection]);
const UPDATE_PARAMETERS = methodParameters('StorageServerConnectionService.update', { async: 'boolean', force: 'boolean' }, ['storageConnection', t.StorageConnection]);
const REMOVE_PARAMETERS = methodParameters('StorageServerConnectionService.remove', { host: 'string', async: 'boolean' });

/**
 * The `storage_server_connection` service of the API.
 *
 * Path below the API root: `/storageconnections/{storage_connection_id}` (and 1 other, such as `/datacenters/{data_center_id}/iscsibonds/{iscsi_bond_id}/storageserverconnections/{storage_connection_id}`).
 * Reached with `connection.systemService().storageConnectionsService().storageConnectionService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection | reference: storage_server_connection}
 */
export class StorageServerConnectionService extends Service {
  /**
   * Retrieves the `storage_connection`: sends `GET /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths) and reads the `<storage_connection>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/get | reference: storage_server_connection.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionServiceGetOptions}).
   * @returns The `conection`: `StorageConnection`.
   */
  get(opts: StorageServerConnectionServiceGetOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Updates the `storage_connection`: sends `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths) with the `<storage_connection>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * A signature of `update`: the same request, with the members of this case.
   *
   * Also accepts: `connection.password`, `connection.port`, `connection.target`, `connection.username`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionServiceUpdateIscsiOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  updateIscsi(connection: t.StorageConnectionInit, opts: StorageServerConnectionServiceUpdateIscsiOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(UPDATE_ISCSI_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
      force: opts.force,
    };
    return this._update(connection, 'storage_connection', query, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Updates the `storage_connection`: sends `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths) with the `<storage_connection>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * A signature of `update`: the same request, with the members of this case.
   *
   * Also accepts: `connection.address`, `connection.nfsRetrans`, `connection.nfsTimeo`, `connection.nfsVersion`, `connection.path`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionServiceUpdateNfsOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  updateNfs(connection: t.StorageConnectionInit, opts: StorageServerConnectionServiceUpdateNfsOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(UPDATE_NFS_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
      force: opts.force,
    };
    return this._update(connection, 'storage_connection', query, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Updates the `storage_connection`: sends `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths) with the `<storage_connection>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * A signature of `update`: the same request, with the members of this case.
   *
   * Also accepts: `connection.address`, `connection.mountOptions`, `connection.path`, `connection.vfsType`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionServiceUpdateVfsOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  updateVfs(connection: t.StorageConnectionInit, opts: StorageServerConnectionServiceUpdateVfsOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(UPDATE_VFS_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
      force: opts.force,
    };
    return this._update(connection, 'storage_connection', query, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Updates the `storage_connection`: sends `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths) with the `<storage_connection>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * A signature of `update`: the same request, with the members of this case.
   *
   * Also accepts: `connection.path`, `connection.vfsType`, `connection.address`, `connection.mountOptions`, `connection.glusterVolume`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionServiceUpdateGlusterfsOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  updateGlusterfs(connection: t.StorageConnectionInit, opts: StorageServerConnectionServiceUpdateGlusterfsOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(UPDATE_GLUSTERFS_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
      force: opts.force,
    };
    return this._update(connection, 'storage_connection', query, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Updates the `storage_connection`: sends `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths) with the `<storage_connection>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * A signature of `update`: the same request, with the members of this case.
   *
   * Also accepts: `connection.path`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionServiceUpdateLocalOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  updateLocal(connection: t.StorageConnectionInit, opts: StorageServerConnectionServiceUpdateLocalOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(UPDATE_LOCAL_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
      force: opts.force,
    };
    return this._update(connection, 'storage_connection', query, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Updates the `storage_connection`: sends `PUT /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths) with the `<storage_connection>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Its signatures send the same request for particular cases: `updateIscsi`, `updateNfs`, `updateVfs`, `updateGlusterfs`, `updateLocal`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/update | reference: storage_server_connection.update}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionServiceUpdateOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  update(connection: t.StorageConnectionInit, opts: StorageServerConnectionServiceUpdateOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
      force: opts.force,
    };
    return this._update(connection, 'storage_connection', query, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Removes: sends `DELETE /storageconnections/{storage_connection_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection/methods/remove | reference: storage_server_connection.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageServerConnectionServiceRemoveOptions}).
   */
  remove(opts: StorageServerConnectionServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      host: opts.host,
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
