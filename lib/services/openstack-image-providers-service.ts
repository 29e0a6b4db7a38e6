// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OpenstackImageProviderService } from './openstack-image-provider-service';

/** Options of {@link OpenstackImageProvidersService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackImageProvidersServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image_providers/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image_providers/methods/list/parameters/search} */
  search?: string;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image_providers/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('OpenstackImageProvidersService.add', {}, ['openStackImageProvider', t.OpenStackImageProvider]);
const LIST_PARAMETERS = methodParameters('OpenstackImageProvidersService.list', { max: 'integer', search: 'string', follow: 'string' });

/**
 * The `openstack_image_providers` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image_providers}
 */
export class OpenstackImageProvidersService extends Service {
  /**
   * Adds an object: `POST` of `<openstack_image_provider>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image_providers/methods/add}
   * @param provider The `provider` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image_providers/methods/add/parameters/provider}
   */
  add(provider: t.OpenStackImageProviderInit, opts: RequestOptions = {}): Promise<t.OpenStackImageProvider> {
    const refused = checkParameters(ADD_PARAMETERS, opts, provider);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(provider, 'open_stack_image_provider', {}, opts) as Promise<t.OpenStackImageProvider>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image_providers/methods/list}
   * @returns The `providers` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image_providers/methods/list/parameters/providers}
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
   * Like {@link OpenstackImageProvidersService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image_providers/methods/list}
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

  /** Locates the `provider` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image_provider}); sends no request. */
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
