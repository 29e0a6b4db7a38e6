// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { NetworksService } from './networks-service';
import { StorageServerConnectionsService } from './storage-server-connections-service';

/** Options of {@link IscsiBondService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface IscsiBondServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bond/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link IscsiBondService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface IscsiBondServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bond/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link IscsiBondService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface IscsiBondServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bond/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('IscsiBondService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('IscsiBondService.update', { async: 'boolean' }, ['iscsiBond', t.IscsiBond]);
const REMOVE_PARAMETERS = methodParameters('IscsiBondService.remove', { async: 'boolean' });

/**
 * The `iscsi_bond` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bond}
 */
export class IscsiBondService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bond/methods/get}
   * @returns The `bond` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bond/methods/get/parameters/bond}
   */
  get(opts: IscsiBondServiceGetOptions = {}): Promise<t.IscsiBond> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.IscsiBond>;
  }

  /**
   * Updates the object: `PUT` of `<iscsi_bond>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bond/methods/update}
   * @param bond The `bond` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bond/methods/update/parameters/bond}
   */
  update(bond: t.IscsiBondInit, opts: IscsiBondServiceUpdateOptions = {}): Promise<t.IscsiBond> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, bond);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(bond, 'iscsi_bond', query, opts) as Promise<t.IscsiBond>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bond/methods/remove}
   */
  remove(opts: IscsiBondServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `networks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/networks}); sends no request. */
  networksService(): NetworksService {
    return new NetworksService(this.connection, `${this.path}/networks`);
  }

  /** Locates the `storage_server_connections` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections}); sends no request. */
  storageServerConnectionsService(): StorageServerConnectionsService {
    return new StorageServerConnectionsService(this.connection, `${this.path}/storageserverconnections`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'networks': return this.networksService().service(rest);
      case 'storageserverconnections': return this.storageServerConnectionsService().service(rest);
    }
    return super.service(path);
  }
}
