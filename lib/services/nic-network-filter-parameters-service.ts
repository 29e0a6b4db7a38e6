// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { NicNetworkFilterParameterService } from './nic-network-filter-parameter-service';

/**
 * Options of {@link NicNetworkFilterParametersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameters/methods/list | reference: nic_network_filter_parameters.list}
 */
export interface NicNetworkFilterParametersServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/nics/{nic_id}/networkfilterparameters`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameters/methods/list | reference: nic_network_filter_parameters.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('NicNetworkFilterParametersService.list', { follow: 'string' });
const ADD_PARAMETERS = methodParameters('NicNetworkFilterParametersService.add', {}, ['networkFilterParameter', t.NetworkFilterParameter]);

/**
 * The `nic_network_filter_parameters` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/nics/{nic_id}/networkfilterparameters`.
 * Reached with `connection.systemService().vmsService().vmService(id).nicsService().nicService(id).networkFilterParametersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameters | reference: nic_network_filter_parameters}
 * @since API 4.2
 */
export class NicNetworkFilterParametersService extends Service {
  /**
   * Lists the `network_filter_parameter` objects: sends `GET /vms/{vm_id}/nics/{nic_id}/networkfilterparameters` and reads the `<network_filter_parameters>` the engine answers, one item per `<network_filter_parameter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameters/methods/list | reference: nic_network_filter_parameters.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NicNetworkFilterParametersServiceListOptions}).
   * @returns The `parameters`: a list of `NetworkFilterParameter`.
   * @since API 4.2
   */
  list(opts: NicNetworkFilterParametersServiceListOptions = {}): Promise<List<t.NetworkFilterParameter>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.NetworkFilterParameter>>;
  }

  /**
   * Like {@link NicNetworkFilterParametersService.list} (it sends `GET /vms/{vm_id}/nics/{nic_id}/networkfilterparameters` with the same options), but yields
   * each `network_filter_parameter` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameters/methods/list | reference: nic_network_filter_parameters.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.2
   */
  listStream(opts: NicNetworkFilterParametersServiceListOptions = {}): AsyncGenerator<t.NetworkFilterParameter, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'NicNetworkFilterParametersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.NetworkFilterParameter, void, undefined>;
  }

  /**
   * Adds a `network_filter_parameter`: sends `POST /vms/{vm_id}/nics/{nic_id}/networkfilterparameters` with it as the `<network_filter_parameter>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameters/methods/add | reference: nic_network_filter_parameters.add}
   * @param parameter The `parameter` to send: `NetworkFilterParameterInit` (a `NetworkFilterParameter` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `network_filter_parameter` as the engine answers it.
   * @since API 4.2
   */
  add(parameter: t.NetworkFilterParameterInit, opts: RequestOptions = {}): Promise<t.NetworkFilterParameter> {
    const refused = checkParameters(ADD_PARAMETERS, opts, parameter);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(parameter, 'network_filter_parameter', {}, opts) as Promise<t.NetworkFilterParameter>;
  }

  /**
   * Locates the `nic_network_filter_parameter` service at `{parameter_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameter | reference: nic_network_filter_parameter}
   * @since API 4.2
   */
  parameterService(id: string | number): NicNetworkFilterParameterService {
    return new NicNetworkFilterParameterService(this.connection, `${this.path}/${idSegment(id, 'NicNetworkFilterParametersService.parameterService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.parameterService(decodeURIComponent(head)).service(rest);
  }
}
