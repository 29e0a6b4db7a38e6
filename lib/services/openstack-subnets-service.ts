// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OpenstackSubnetService } from './openstack-subnet-service';

/**
 * Options of {@link OpenstackSubnetsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnets/methods/list | reference: openstack_subnets.list}
 */
export interface OpenstackSubnetsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /openstacknetworkproviders/{provider_id}/networks/{network_id}/subnets`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnets/methods/list | reference: openstack_subnets.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /openstacknetworkproviders/{provider_id}/networks/{network_id}/subnets`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnets/methods/list | reference: openstack_subnets.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('OpenstackSubnetsService.add', {}, ['openStackSubnet', t.OpenStackSubnet]);
const LIST_PARAMETERS = methodParameters('OpenstackSubnetsService.list', { max: 'integer', follow: 'string' });

/**
 * The `openstack_subnets` service of the API.
 *
 * Path below the API root: `/openstacknetworkproviders/{provider_id}/networks/{network_id}/subnets`.
 * Reached with `connection.systemService().openstackNetworkProvidersService().providerService(id).networksService().networkService(id).subnetsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnets | reference: openstack_subnets}
 */
export class OpenstackSubnetsService extends Service {
  /**
   * Adds a `open_stack_subnet`: sends `POST /openstacknetworkproviders/{provider_id}/networks/{network_id}/subnets` with it as the `<openstack_subnet>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnets/methods/add | reference: openstack_subnets.add}
   * @param subnet The `subnet` to send: `OpenStackSubnetInit` (a `OpenStackSubnet` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `open_stack_subnet` as the engine answers it.
   */
  add(subnet: t.OpenStackSubnetInit, opts: RequestOptions = {}): Promise<t.OpenStackSubnet> {
    const refused = checkParameters(ADD_PARAMETERS, opts, subnet);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(subnet, 'open_stack_subnet', {}, opts) as Promise<t.OpenStackSubnet>;
  }

  /**
   * Lists the `open_stack_subnet` objects: sends `GET /openstacknetworkproviders/{provider_id}/networks/{network_id}/subnets` and reads the `<openstack_subnets>` the engine answers, one item per `<openstack_subnet>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnets/methods/list | reference: openstack_subnets.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackSubnetsServiceListOptions}).
   * @returns The `subnets`: a list of `OpenStackSubnet`.
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
   * Like {@link OpenstackSubnetsService.list} (it sends `GET /openstacknetworkproviders/{provider_id}/networks/{network_id}/subnets` with the same options), but yields
   * each `open_stack_subnet` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnets/methods/list | reference: openstack_subnets.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `openstack_subnet` service at `{subnet_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_subnet | reference: openstack_subnet}
   */
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
