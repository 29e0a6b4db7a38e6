// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OpenstackVolumeProviderService } from './openstack-volume-provider-service';

/**
 * Options of {@link OpenstackVolumeProvidersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_providers/methods/list | reference: openstack_volume_providers.list}
 */
export interface OpenstackVolumeProvidersServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /openstackvolumeproviders`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_providers/methods/list | reference: openstack_volume_providers.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /openstackvolumeproviders`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_providers/methods/list | reference: openstack_volume_providers.list}
   */
  search?: string;
  /**
   * `string`, sent as query parameter `follow` of `GET /openstackvolumeproviders`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_providers/methods/list | reference: openstack_volume_providers.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('OpenstackVolumeProvidersService.add', {}, ['openStackVolumeProvider', t.OpenStackVolumeProvider]);
const LIST_PARAMETERS = methodParameters('OpenstackVolumeProvidersService.list', { max: 'integer', search: 'string', follow: 'string' });

/**
 * The `openstack_volume_providers` service of the API.
 *
 * Path below the API root: `/openstackvolumeproviders`.
 * Reached with `connection.systemService().openstackVolumeProvidersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_providers | reference: openstack_volume_providers}
 * @deprecated The API model marks it deprecated.
 */
export class OpenstackVolumeProvidersService extends Service {
  /**
   * Adds a `open_stack_volume_provider`: sends `POST /openstackvolumeproviders` with it as the `<openstack_volume_provider>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_providers/methods/add | reference: openstack_volume_providers.add}
   * @param provider The `provider` to send: `OpenStackVolumeProviderInit` (a `OpenStackVolumeProvider` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `open_stack_volume_provider` as the engine answers it.
   */
  add(provider: t.OpenStackVolumeProviderInit, opts: RequestOptions = {}): Promise<t.OpenStackVolumeProvider> {
    const refused = checkParameters(ADD_PARAMETERS, opts, provider);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(provider, 'open_stack_volume_provider', {}, opts) as Promise<t.OpenStackVolumeProvider>;
  }

  /**
   * Lists the `open_stack_volume_provider` objects: sends `GET /openstackvolumeproviders` and reads the `<openstack_volume_providers>` the engine answers, one item per `<openstack_volume_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_providers/methods/list | reference: openstack_volume_providers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackVolumeProvidersServiceListOptions}).
   * @returns The `providers`: a list of `OpenStackVolumeProvider`.
   */
  list(opts: OpenstackVolumeProvidersServiceListOptions = {}): Promise<List<t.OpenStackVolumeProvider>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.OpenStackVolumeProvider>>;
  }

  /**
   * Like {@link OpenstackVolumeProvidersService.list} (it sends `GET /openstackvolumeproviders` with the same options), but yields
   * each `open_stack_volume_provider` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_providers/methods/list | reference: openstack_volume_providers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: OpenstackVolumeProvidersServiceListOptions = {}): AsyncGenerator<t.OpenStackVolumeProvider, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'OpenstackVolumeProvidersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.OpenStackVolumeProvider, void, undefined>;
  }

  /**
   * Locates the `openstack_volume_provider` service at `{provider_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_provider | reference: openstack_volume_provider}
   */
  providerService(id: string | number): OpenstackVolumeProviderService {
    return new OpenstackVolumeProviderService(this.connection, `${this.path}/${idSegment(id, 'OpenstackVolumeProvidersService.providerService')}`);
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
