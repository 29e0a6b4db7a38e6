// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { AssignedVnicProfilesService } from './assigned-vnic-profiles-service';
import { NetworkLabelsService } from './network-labels-service';

/** Options of {@link NetworkService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface NetworkServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link NetworkService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface NetworkServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link NetworkService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface NetworkServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('NetworkService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('NetworkService.update', { async: 'boolean' }, ['network', t.Network]);
const REMOVE_PARAMETERS = methodParameters('NetworkService.remove', { async: 'boolean' });

/**
 * The `network` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network}
 */
export class NetworkService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network/methods/get}
   * @returns The `network` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network/methods/get/parameters/network}
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
   * Updates the object: `PUT` of `<network>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network/methods/update}
   * @param network The `network` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network/methods/update/parameters/network}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network/methods/remove}
   */
  remove(opts: NetworkServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request. */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /** Locates the `vnic_profiles` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_vnic_profiles}); sends no request. */
  vnicProfilesService(): AssignedVnicProfilesService {
    return new AssignedVnicProfilesService(this.connection, `${this.path}/vnicprofiles`);
  }

  /** Locates the `network_labels` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_labels}); sends no request. */
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
