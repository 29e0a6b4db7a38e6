// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OpenstackSubnetService } from './openstack-subnet-service';

/** Options of {@link OpenstackSubnetsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackSubnetsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_subnets/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_subnets/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('OpenstackSubnetsService.add', {}, ['openStackSubnet', t.OpenStackSubnet]);
const LIST_PARAMETERS = methodParameters('OpenstackSubnetsService.list', { max: 'integer', follow: 'string' });

/**
 * The `openstack_subnets` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_subnets}
 */
export class OpenstackSubnetsService extends Service {
  /**
   * Adds an object: `POST` of `<openstack_subnet>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_subnets/methods/add}
   * @param subnet The `subnet` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_subnets/methods/add/parameters/subnet}
   */
  add(subnet: t.OpenStackSubnetInit, opts: RequestOptions = {}): Promise<t.OpenStackSubnet> {
    const refused = checkParameters(ADD_PARAMETERS, opts, subnet);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(subnet, 'open_stack_subnet', {}, opts) as Promise<t.OpenStackSubnet>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_subnets/methods/list}
   * @returns The `subnets` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_subnets/methods/list/parameters/subnets}
   */
  list(opts: OpenstackSubnetsServiceListOptions = {}): Promise<List<t.OpenStackSubnet>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.OpenStackSubnet>>;
  }

  /**
   * Like {@link OpenstackSubnetsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_subnets/methods/list}
   */
  listStream(opts: OpenstackSubnetsServiceListOptions = {}): AsyncGenerator<t.OpenStackSubnet, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'OpenstackSubnetsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.OpenStackSubnet, void, undefined>;
  }

  /** Locates the `subnet` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_subnet}); sends no request. */
  subnetService(id: string | number): OpenstackSubnetService {
    return new OpenstackSubnetService(this.connection, `${this.path}/${idSegment(id, 'OpenstackSubnetsService.subnetService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.subnetService(decodeURIComponent(head)).service(rest);
  }
}
