// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link NicNetworkFilterParameterService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameter/methods/get | reference: nic_network_filter_parameter.get}
 */
export interface NicNetworkFilterParameterServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/nics/{nic_id}/networkfilterparameters/{parameter_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameter/methods/get | reference: nic_network_filter_parameter.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('NicNetworkFilterParameterService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('NicNetworkFilterParameterService.update', {}, ['networkFilterParameter', t.NetworkFilterParameter]);
const REMOVE_PARAMETERS = methodParameters('NicNetworkFilterParameterService.remove', {});

/**
 * The `nic_network_filter_parameter` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/nics/{nic_id}/networkfilterparameters/{parameter_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).nicsService().nicService(id).networkFilterParametersService().parameterService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameter | reference: nic_network_filter_parameter}
 * @since API 4.2
 */
export class NicNetworkFilterParameterService extends Service {
  /**
   * Retrieves the `network_filter_parameter`: sends `GET /vms/{vm_id}/nics/{nic_id}/networkfilterparameters/{parameter_id}` and reads the `<network_filter_parameter>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameter/methods/get | reference: nic_network_filter_parameter.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NicNetworkFilterParameterServiceGetOptions}).
   * @returns The `parameter`: `NetworkFilterParameter`.
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
   * Updates the `network_filter_parameter`: sends `PUT /vms/{vm_id}/nics/{nic_id}/networkfilterparameters/{parameter_id}` with the `<network_filter_parameter>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameter/methods/update | reference: nic_network_filter_parameter.update}
   * @param parameter The `parameter` to send: `NetworkFilterParameterInit` (a `NetworkFilterParameter` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `network_filter_parameter` as the engine answers it.
   * @since API 4.2
   */
  update(parameter: t.NetworkFilterParameterInit, opts: RequestOptions = {}): Promise<t.NetworkFilterParameter> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, parameter);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(parameter, 'network_filter_parameter', {}, opts) as Promise<t.NetworkFilterParameter>;
  }

  /**
   * Removes: sends `DELETE /vms/{vm_id}/nics/{nic_id}/networkfilterparameters/{parameter_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameter/methods/remove | reference: nic_network_filter_parameter.remove}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
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
