// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OpenstackImageProviderService } from './openstack-image-provider-service';

/**
 * Options of {@link OpenstackImageProvidersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_providers/methods/list | reference: openstack_image_providers.list}
 */
export interface OpenstackImageProvidersServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /openstackimageproviders`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_providers/methods/list | reference: openstack_image_providers.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /openstackimageproviders`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_providers/methods/list | reference: openstack_image_providers.list}
   */
  search?: string;
  /**
   * `string`, sent as query parameter `follow` of `GET /openstackimageproviders`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_providers/methods/list | reference: openstack_image_providers.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('OpenstackImageProvidersService.add', {}, ['openStackImageProvider', t.OpenStackImageProvider]);
const LIST_PARAMETERS = methodParameters('OpenstackImageProvidersService.list', { max: 'integer', search: 'string', follow: 'string' });

/**
 * The `openstack_image_providers` service of the API.
 *
 * Path below the API root: `/openstackimageproviders`.
 * Reached with `connection.systemService().openstackImageProvidersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_providers | reference: openstack_image_providers}
 */
export class OpenstackImageProvidersService extends Service {
  /**
   * Adds a `open_stack_image_provider`: sends `POST /openstackimageproviders` with it as the `<openstack_image_provider>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `provider.name`
   *
   * Also accepts: `provider.authenticationUrl`, `provider.description`, `provider.password`, `provider.requiresAuthentication`, `provider.tenantName`, `provider.url`, `provider.username`, `provider.properties[].name`, `provider.properties[].value`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_providers/methods/add | reference: openstack_image_providers.add}
   * @param provider The `provider` to send: `OpenStackImageProviderInit` (a `OpenStackImageProvider` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `open_stack_image_provider` as the engine answers it.
   */
  add(provider: t.OpenStackImageProviderInit, opts: RequestOptions = {}): Promise<t.OpenStackImageProvider> {
    const refused = checkParameters(ADD_PARAMETERS, opts, provider);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(provider, 'open_stack_image_provider', {}, opts) as Promise<t.OpenStackImageProvider>;
  }

  /**
   * Lists the `open_stack_image_provider` objects: sends `GET /openstackimageproviders` and reads the `<openstack_image_providers>` the engine answers, one item per `<openstack_image_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_providers/methods/list | reference: openstack_image_providers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackImageProvidersServiceListOptions}).
   * @returns The `providers`: a list of `OpenStackImageProvider`.
   */
  list(opts: OpenstackImageProvidersServiceListOptions = {}): Promise<List<t.OpenStackImageProvider>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.OpenStackImageProvider>>;
  }

  /**
   * Like {@link OpenstackImageProvidersService.list} (it sends `GET /openstackimageproviders` with the same options), but yields
   * each `open_stack_image_provider` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_providers/methods/list | reference: openstack_image_providers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: OpenstackImageProvidersServiceListOptions = {}): AsyncGenerator<t.OpenStackImageProvider, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'OpenstackImageProvidersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.OpenStackImageProvider, void, undefined>;
  }

  /**
   * Locates the `openstack_image_provider` service at `{provider_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_provider | reference: openstack_image_provider}
   */
  providerService(id: string | number): OpenstackImageProviderService {
    return new OpenstackImageProviderService(this.connection, `${this.path}/${idSegment(id, 'OpenstackImageProvidersService.providerService')}`);
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
