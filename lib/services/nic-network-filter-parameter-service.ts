// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link NicNetworkFilterParameterService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface NicNetworkFilterParameterServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameter/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('NicNetworkFilterParameterService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('NicNetworkFilterParameterService.update', {}, ['networkFilterParameter', t.NetworkFilterParameter]);
const REMOVE_PARAMETERS = methodParameters('NicNetworkFilterParameterService.remove', {});

/**
 * The `nic_network_filter_parameter` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameter}
 * @since API 4.2
 */
export class NicNetworkFilterParameterService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameter/methods/get}
   * @returns The `parameter` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameter/methods/get/parameters/parameter}
   * @since API 4.2
   */
  get(opts: NicNetworkFilterParameterServiceGetOptions = {}): Promise<t.NetworkFilterParameter> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.NetworkFilterParameter>;
  }

  /**
   * Updates the object: `PUT` of `<network_filter_parameter>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameter/methods/update}
   * @param parameter The `parameter` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameter/methods/update/parameters/parameter}
   * @since API 4.2
   */
  update(parameter: t.NetworkFilterParameterInit, opts: RequestOptions = {}): Promise<t.NetworkFilterParameter> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, parameter);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(parameter, 'network_filter_parameter', {}, opts) as Promise<t.NetworkFilterParameter>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameter/methods/remove}
   * @since API 4.2
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._remove({}, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
