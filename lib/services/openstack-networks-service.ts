// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OpenstackNetworkService } from './openstack-network-service';

/** Options of {@link OpenstackNetworksService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackNetworksServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_networks/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_networks/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('OpenstackNetworksService.list', { max: 'integer', follow: 'string' });

/**
 * The `openstack_networks` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_networks}
 */
export class OpenstackNetworksService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_networks/methods/list}
   * @returns The `networks` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_networks/methods/list/parameters/networks}
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
   * Like {@link OpenstackNetworksService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_networks/methods/list}
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

  /** Locates the `network` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network}); sends no request. */
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
