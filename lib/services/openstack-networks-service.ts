// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OpenstackNetworkService } from './openstack-network-service';

/**
 * Options of {@link OpenstackNetworksService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_networks/methods/list | reference: openstack_networks.list}
 */
export interface OpenstackNetworksServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /openstacknetworkproviders/{provider_id}/networks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_networks/methods/list | reference: openstack_networks.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /openstacknetworkproviders/{provider_id}/networks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_networks/methods/list | reference: openstack_networks.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('OpenstackNetworksService.list', { max: 'integer', follow: 'string' });

/**
 * The `openstack_networks` service of the API.
 *
 * Path below the API root: `/openstacknetworkproviders/{provider_id}/networks`.
 * Reached with `connection.systemService().openstackNetworkProvidersService().providerService(id).networksService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_networks | reference: openstack_networks}
 */
export class OpenstackNetworksService extends Service {
  /**
   * Lists the `open_stack_network` objects: sends `GET /openstacknetworkproviders/{provider_id}/networks` and reads the `<openstack_networks>` the engine answers, one item per `<openstack_network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_networks/methods/list | reference: openstack_networks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackNetworksServiceListOptions}).
   * @returns The `networks`: a list of `OpenStackNetwork`.
   */
  list(opts: OpenstackNetworksServiceListOptions = {}): Promise<List<t.OpenStackNetwork>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.OpenStackNetwork>>;
  }

  /**
   * Like {@link OpenstackNetworksService.list} (it sends `GET /openstacknetworkproviders/{provider_id}/networks` with the same options), but yields
   * each `open_stack_network` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_networks/methods/list | reference: openstack_networks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: OpenstackNetworksServiceListOptions = {}): AsyncGenerator<t.OpenStackNetwork, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'OpenstackNetworksService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.OpenStackNetwork, void, undefined>;
  }

  /**
   * Locates the `openstack_network` service at `{network_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network | reference: openstack_network}
   */
  networkService(id: string | number): OpenstackNetworkService {
    return new OpenstackNetworkService(this.connection, `${this.path}/${idSegment(id, 'OpenstackNetworksService.networkService')}`);
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
