// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link DataCenterNetworkService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface DataCenterNetworkServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center_network/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('DataCenterNetworkService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('DataCenterNetworkService.remove', {});
const UPDATE_PARAMETERS = methodParameters('DataCenterNetworkService.update', {}, ['network', t.Network]);

/**
 * The `data_center_network` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center_network}
 */
export class DataCenterNetworkService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center_network/methods/get}
   * @returns The `network` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center_network/methods/get/parameters/network}
   */
  get(opts: DataCenterNetworkServiceGetOptions = {}): Promise<t.Network> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Network>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center_network/methods/remove}
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._remove({}, opts);
  }

  /**
   * Updates the object: `PUT` of `<network>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center_network/methods/update}
   * @param network The `network` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center_network/methods/update/parameters/network}
   */
  update(network: t.NetworkInit, opts: RequestOptions = {}): Promise<t.Network> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, network);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(network, 'network', {}, opts) as Promise<t.Network>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
