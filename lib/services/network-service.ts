// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { AssignedVnicProfilesService } from './assigned-vnic-profiles-service';
import { NetworkLabelsService } from './network-labels-service';

/**
 * Options of {@link NetworkService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network/methods/get | reference: network.get}
 */
export interface NetworkServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /networks/{network_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network/methods/get | reference: network.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link NetworkService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network/methods/update | reference: network.update}
 */
export interface NetworkServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /networks/{network_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network/methods/update | reference: network.update}
   */
  async?: boolean;
}

/**
 * Options of {@link NetworkService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network/methods/remove | reference: network.remove}
 */
export interface NetworkServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /networks/{network_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network/methods/remove | reference: network.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('NetworkService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('NetworkService.update', { async: 'boolean' }, ['network', t.Network]);
const REMOVE_PARAMETERS = methodParameters('NetworkService.remove', { async: 'boolean' });

/**
 * The `network` service of the API.
 *
 * Path below the API root: `/networks/{network_id}` (and 1 other, such as `/datacenters/{data_center_id}/iscsibonds/{iscsi_bond_id}/networks/{network_id}`).
 * Reached with `connection.systemService().networksService().networkService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network | reference: network}
 */
export class NetworkService extends Service {
  /**
   * Retrieves the `network`: sends `GET /networks/{network_id}` (or the same below any other of the service's 2 paths) and reads the `<network>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network/methods/get | reference: network.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NetworkServiceGetOptions}).
   * @returns The `network`: `Network`.
   */
  get(opts: NetworkServiceGetOptions = {}): Promise<t.Network> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Network>;
  }

  /**
   * Updates the `network`: sends `PUT /networks/{network_id}` (or the same below any other of the service's 2 paths) with the `<network>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `network.comment`, `network.description`, `network.display`, `network.ip.address`, `network.ip.gateway`, `network.ip.netmask`, `network.mtu`, `network.name`, `network.stp`, `network.vlan.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network/methods/update | reference: network.update}
   * @param network The `network` to send: `NetworkInit` (a `Network` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NetworkServiceUpdateOptions}).
   * @returns The `network` as the engine answers it.
   */
  update(network: t.NetworkInit, opts: NetworkServiceUpdateOptions = {}): Promise<t.Network> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, network);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(network, 'network', query, opts) as Promise<t.Network>;
  }

  /**
   * Removes: sends `DELETE /networks/{network_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network/methods/remove | reference: network.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NetworkServiceRemoveOptions}).
   */
  remove(opts: NetworkServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `assigned_permissions` service at `permissions` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions | reference: assigned_permissions}
   */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /**
   * Locates the `assigned_vnic_profiles` service at `vnicprofiles` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_vnic_profiles | reference: assigned_vnic_profiles}
   */
  vnicProfilesService(): AssignedVnicProfilesService {
    return new AssignedVnicProfilesService(this.connection, `${this.path}/vnicprofiles`);
  }

  /**
   * Locates the `network_labels` service at `networklabels` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_labels | reference: network_labels}
   */
  networkLabelsService(): NetworkLabelsService {
    return new NetworkLabelsService(this.connection, `${this.path}/networklabels`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'permissions': return this.permissionsService().service(rest);
      case 'vnicprofiles': return this.vnicProfilesService().service(rest);
      case 'networklabels': return this.networkLabelsService().service(rest);
    }
    return super.service(path);
  }
}
