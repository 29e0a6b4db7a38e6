// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VirtualFunctionAllowedNetworkService } from './virtual-function-allowed-network-service';

/** Options of {@link VirtualFunctionAllowedNetworksService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface VirtualFunctionAllowedNetworksServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/virtual_function_allowed_networks/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/virtual_function_allowed_networks/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VirtualFunctionAllowedNetworksService.add', {}, ['network', t.Network]);
const LIST_PARAMETERS = methodParameters('VirtualFunctionAllowedNetworksService.list', { max: 'integer', follow: 'string' });

/**
 * The `virtual_function_allowed_networks` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/virtual_function_allowed_networks}
 */
export class VirtualFunctionAllowedNetworksService extends Service {
  /**
   * Adds an object: `POST` of `<network>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/virtual_function_allowed_networks/methods/add}
   * @param network The `network` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/virtual_function_allowed_networks/methods/add/parameters/network}
   */
  add(network: t.NetworkInit, opts: RequestOptions = {}): Promise<t.Network> {
    const refused = checkParameters(ADD_PARAMETERS, opts, network);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(network, 'network', {}, opts) as Promise<t.Network>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/virtual_function_allowed_networks/methods/list}
   * @returns The `networks` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/virtual_function_allowed_networks/methods/list/parameters/networks}
   */
  list(opts: VirtualFunctionAllowedNetworksServiceListOptions = {}): Promise<List<t.Network>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Network>>;
  }

  /**
   * Like {@link VirtualFunctionAllowedNetworksService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/virtual_function_allowed_networks/methods/list}
   */
  listStream(opts: VirtualFunctionAllowedNetworksServiceListOptions = {}): AsyncGenerator<t.Network, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VirtualFunctionAllowedNetworksService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Network, void, undefined>;
  }

  /** Locates the `network` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/virtual_function_allowed_network}); sends no request. */
  networkService(id: string | number): VirtualFunctionAllowedNetworkService {
    return new VirtualFunctionAllowedNetworkService(this.connection, `${this.path}/${idSegment(id, 'VirtualFunctionAllowedNetworksService.networkService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.networkService(decodeURIComponent(head)).service(rest);
  }
}
