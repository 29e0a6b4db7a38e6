// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OpenstackNetworkProviderService } from './openstack-network-provider-service';

/**
 * Options of {@link OpenstackNetworkProvidersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_providers/methods/list | reference: openstack_network_providers.list}
 */
export interface OpenstackNetworkProvidersServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /openstacknetworkproviders`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_providers/methods/list | reference: openstack_network_providers.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /openstacknetworkproviders`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_providers/methods/list | reference: openstack_network_providers.list}
   */
  search?: string;
  /**
   * `string`, sent as query parameter `follow` of `GET /openstacknetworkproviders`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_providers/methods/list | reference: openstack_network_providers.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('OpenstackNetworkProvidersService.add', {}, ['openStackNetworkProvider', t.OpenStackNetworkProvider]);
const LIST_PARAMETERS = methodParameters('OpenstackNetworkProvidersService.list', { max: 'integer', search: 'string', follow: 'string' });

/**
 * The `openstack_network_providers` service of the API.
 *
 * Path below the API root: `/openstacknetworkproviders`.
 * Reached with `connection.systemService().openstackNetworkProvidersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_providers | reference: openstack_network_providers}
 */
export class OpenstackNetworkProvidersService extends Service {
  /**
   * Adds a `open_stack_network_provider`: sends `POST /openstacknetworkproviders` with it as the `<openstack_network_provider>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `provider.name`
   *
   * Also accepts: `provider.authenticationUrl`, `provider.description`, `provider.password`, `provider.requiresAuthentication`, `provider.tenantName`, `provider.userDomainName`, `provider.projectName`, `provider.projectDomainName`, `provider.url`, `provider.username`, `provider.properties[].name`, `provider.properties[].value`, `provider.autoSync`, `provider.unmanaged`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_providers/methods/add | reference: openstack_network_providers.add}
   * @param provider The `provider` to send: `OpenStackNetworkProviderInit` (a `OpenStackNetworkProvider` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `open_stack_network_provider` as the engine answers it.
   */
  add(provider: t.OpenStackNetworkProviderInit, opts: RequestOptions = {}): Promise<t.OpenStackNetworkProvider> {
    const refused = checkParameters(ADD_PARAMETERS, opts, provider);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(provider, 'open_stack_network_provider', {}, opts) as Promise<t.OpenStackNetworkProvider>;
  }

  /**
   * Lists the `open_stack_network_provider` objects: sends `GET /openstacknetworkproviders` and reads the `<openstack_network_providers>` the engine answers, one item per `<openstack_network_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_providers/methods/list | reference: openstack_network_providers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackNetworkProvidersServiceListOptions}).
   * @returns The `providers`: a list of `OpenStackNetworkProvider`.
   */
  list(opts: OpenstackNetworkProvidersServiceListOptions = {}): Promise<List<t.OpenStackNetworkProvider>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.OpenStackNetworkProvider>>;
  }

  /**
   * Like {@link OpenstackNetworkProvidersService.list} (it sends `GET /openstacknetworkproviders` with the same options), but yields
   * each `open_stack_network_provider` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_providers/methods/list | reference: openstack_network_providers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: OpenstackNetworkProvidersServiceListOptions = {}): AsyncGenerator<t.OpenStackNetworkProvider, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'OpenstackNetworkProvidersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.OpenStackNetworkProvider, void, undefined>;
  }

  /**
   * Locates the `openstack_network_provider` service at `{provider_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_provider | reference: openstack_network_provider}
   */
  providerService(id: string | number): OpenstackNetworkProviderService {
    return new OpenstackNetworkProviderService(this.connection, `${this.path}/${idSegment(id, 'OpenstackNetworkProvidersService.providerService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.providerService(decodeURIComponent(head)).service(rest);
  }
}
