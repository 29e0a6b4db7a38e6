// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link NicNetworkFilterParameterService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface NicNetworkFilterParameterServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameter/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

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
    return this._update(parameter, 'network_filter_parameter', {}, opts) as Promise<t.NetworkFilterParameter>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameter/methods/remove}
   * @since API 4.2
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    return this._remove({}, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
