// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { NetworksService } from './networks-service';
import { StorageServerConnectionsService } from './storage-server-connections-service';

/**
 * Options of {@link IscsiBondService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bond/methods/get | reference: iscsi_bond.get}
 */
export interface IscsiBondServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/iscsibonds/{iscsi_bond_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bond/methods/get | reference: iscsi_bond.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link IscsiBondService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bond/methods/update | reference: iscsi_bond.update}
 */
export interface IscsiBondServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /datacenters/{data_center_id}/iscsibonds/{iscsi_bond_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bond/methods/update | reference: iscsi_bond.update}
   */
  async?: boolean;
}

/**
 * Options of {@link IscsiBondService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bond/methods/remove | reference: iscsi_bond.remove}
 */
export interface IscsiBondServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /datacenters/{data_center_id}/iscsibonds/{iscsi_bond_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bond/methods/remove | reference: iscsi_bond.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('IscsiBondService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('IscsiBondService.update', { async: 'boolean' }, ['iscsiBond', t.IscsiBond]);
const REMOVE_PARAMETERS = methodParameters('IscsiBondService.remove', { async: 'boolean' });

/**
 * The `iscsi_bond` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/iscsibonds/{iscsi_bond_id}`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).iscsiBondsService().iscsiBondService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bond | reference: iscsi_bond}
 */
export class IscsiBondService extends Service {
  /**
   * Retrieves the `iscsi_bond`: sends `GET /datacenters/{data_center_id}/iscsibonds/{iscsi_bond_id}` and reads the `<iscsi_bond>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bond/methods/get | reference: iscsi_bond.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link IscsiBondServiceGetOptions}).
   * @returns The `bond`: `IscsiBond`.
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
   * Updates the `iscsi_bond`: sends `PUT /datacenters/{data_center_id}/iscsibonds/{iscsi_bond_id}` with the `<iscsi_bond>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bond/methods/update | reference: iscsi_bond.update}
   * @param bond The `bond` to send: `IscsiBondInit` (a `IscsiBond` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link IscsiBondServiceUpdateOptions}).
   * @returns The `iscsi_bond` as the engine answers it.
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
   * Removes: sends `DELETE /datacenters/{data_center_id}/iscsibonds/{iscsi_bond_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bond/methods/remove | reference: iscsi_bond.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link IscsiBondServiceRemoveOptions}).
   */
  remove(opts: IscsiBondServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `networks` service at `networks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/networks | reference: networks}
   */
  networksService(): NetworksService {
    return new NetworksService(this.connection, `${this.path}/networks`);
  }

  /**
   * Locates the `storage_server_connections` service at `storageserverconnections` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections | reference: storage_server_connections}
   */
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
