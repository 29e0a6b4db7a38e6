// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link StorageServerConnectionService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link StorageServerConnectionService.updateIscsi}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionServiceUpdateIscsiOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_iscsi/parameters/async} */
  async?: boolean;
  /**
   * The `force` parameter (query parameter `force`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_iscsi/parameters/force}
   * @since API 4.0.6
   */
  force?: boolean;
}

/** Options of {@link StorageServerConnectionService.updateNfs}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionServiceUpdateNfsOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_nfs/parameters/async} */
  async?: boolean;
  /**
   * The `force` parameter (query parameter `force`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_nfs/parameters/force}
   * @since API 4.0.6
   */
  force?: boolean;
}

/** Options of {@link StorageServerConnectionService.updateVfs}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionServiceUpdateVfsOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_vfs/parameters/async} */
  async?: boolean;
  /**
   * The `force` parameter (query parameter `force`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_vfs/parameters/force}
   * @since API 4.0.6
   */
  force?: boolean;
}

/** Options of {@link StorageServerConnectionService.updateGlusterfs}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionServiceUpdateGlusterfsOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_glusterfs/parameters/async} */
  async?: boolean;
  /**
   * The `force` parameter (query parameter `force`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_glusterfs/parameters/force}
   * @since API 4.0.6
   */
  force?: boolean;
}

/** Options of {@link StorageServerConnectionService.updateLocal}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionServiceUpdateLocalOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_local/parameters/async} */
  async?: boolean;
  /**
   * The `force` parameter (query parameter `force`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_local/parameters/force}
   * @since API 4.0.6
   */
  force?: boolean;
}

/** Options of {@link StorageServerConnectionService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update/parameters/async} */
  async?: boolean;
  /**
   * The `force` parameter (query parameter `force`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update/parameters/force}
   * @since API 4.0.6
   */
  force?: boolean;
}

/** Options of {@link StorageServerConnectionService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageServerConnectionServiceRemoveOptions extends RequestOptions {
  /** The `host` parameter (query parameter `host`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/remove/parameters/host} */
  host?: string;
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/remove/parameters/async} */
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
 * The `storage_server_connection` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection}
 */
export class StorageServerConnectionService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/get}
   * @returns The `conection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/get/parameters/conection}
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
   * Updates the object: `PUT` of `<storage_connection>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_iscsi}
   * @param connection The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_iscsi/parameters/connection}
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
   * Updates the object: `PUT` of `<storage_connection>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_nfs}
   * @param connection The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_nfs/parameters/connection}
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
   * Updates the object: `PUT` of `<storage_connection>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_vfs}
   * @param connection The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_vfs/parameters/connection}
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
   * Updates the object: `PUT` of `<storage_connection>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_glusterfs}
   * @param connection The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_glusterfs/parameters/connection}
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
   * Updates the object: `PUT` of `<storage_connection>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_local}
   * @param connection The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update_local/parameters/connection}
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
   * Updates the object: `PUT` of `<storage_connection>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update}
   * @param connection The `connection` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/update/parameters/connection}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection/methods/remove}
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
