// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { NicNetworkFilterParameterService } from './nic-network-filter-parameter-service';

/** Options of {@link NicNetworkFilterParametersService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface NicNetworkFilterParametersServiceListOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameters/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('NicNetworkFilterParametersService.list', { follow: 'string' });
const ADD_PARAMETERS = methodParameters('NicNetworkFilterParametersService.add', {}, ['networkFilterParameter', t.NetworkFilterParameter]);

/**
 * The `nic_network_filter_parameters` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameters}
 * @since API 4.2
 */
export class NicNetworkFilterParametersService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameters/methods/list}
   * @returns The `parameters` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameters/methods/list/parameters/parameters}
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
   * Like {@link NicNetworkFilterParametersService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameters/methods/list}
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
   * Adds an object: `POST` of `<network_filter_parameter>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameters/methods/add}
   * @param parameter The `parameter` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameters/methods/add/parameters/parameter}
   * @since API 4.2
   */
  add(parameter: t.NetworkFilterParameterInit, opts: RequestOptions = {}): Promise<t.NetworkFilterParameter> {
    const refused = checkParameters(ADD_PARAMETERS, opts, parameter);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(parameter, 'network_filter_parameter', {}, opts) as Promise<t.NetworkFilterParameter>;
  }

  /**
   * Locates the `parameter` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameter}); sends no request.
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
