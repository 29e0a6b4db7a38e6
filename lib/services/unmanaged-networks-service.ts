// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { UnmanagedNetworkService } from './unmanaged-network-service';

/**
 * Options of {@link UnmanagedNetworksService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_networks/methods/list | reference: unmanaged_networks.list}
 */
export interface UnmanagedNetworksServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /hosts/{host_id}/unmanagednetworks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_networks/methods/list | reference: unmanaged_networks.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/unmanagednetworks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_networks/methods/list | reference: unmanaged_networks.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('UnmanagedNetworksService.list', { max: 'integer', follow: 'string' });

/**
 * The `unmanaged_networks` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/unmanagednetworks`.
 * Reached with `connection.systemService().hostsService().hostService(id).unmanagedNetworksService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_networks | reference: unmanaged_networks}
 */
export class UnmanagedNetworksService extends Service {
  /**
   * Lists the `unmanaged_network` objects: sends `GET /hosts/{host_id}/unmanagednetworks` and reads the `<unmanaged_networks>` the engine answers, one item per `<unmanaged_network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_networks/methods/list | reference: unmanaged_networks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link UnmanagedNetworksServiceListOptions}).
   * @returns The `networks`: a list of `UnmanagedNetwork`.
   */
  list(opts: UnmanagedNetworksServiceListOptions = {}): Promise<List<t.UnmanagedNetwork>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.UnmanagedNetwork>>;
  }

  /**
   * Like {@link UnmanagedNetworksService.list} (it sends `GET /hosts/{host_id}/unmanagednetworks` with the same options), but yields
   * each `unmanaged_network` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_networks/methods/list | reference: unmanaged_networks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: UnmanagedNetworksServiceListOptions = {}): AsyncGenerator<t.UnmanagedNetwork, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'UnmanagedNetworksService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.UnmanagedNetwork, void, undefined>;
  }

  /**
   * Locates the `unmanaged_network` service at `{unmanaged_network_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_network | reference: unmanaged_network}
   */
  unmanagedNetworkService(id: string | number): UnmanagedNetworkService {
    return new UnmanagedNetworkService(this.connection, `${this.path}/${idSegment(id, 'UnmanagedNetworksService.unmanagedNetworkService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.unmanagedNetworkService(decodeURIComponent(head)).service(rest);
  }
}
