// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ExternalHostProviderService } from './external-host-provider-service';

/**
 * Options of {@link ExternalHostProvidersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_providers/methods/list | reference: external_host_providers.list}
 */
export interface ExternalHostProvidersServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /externalhostproviders`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_providers/methods/list | reference: external_host_providers.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /externalhostproviders`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_providers/methods/list | reference: external_host_providers.list}
   */
  search?: string;
  /**
   * `string`, sent as query parameter `follow` of `GET /externalhostproviders`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_providers/methods/list | reference: external_host_providers.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('ExternalHostProvidersService.add', {}, ['externalHostProvider', t.ExternalHostProvider]);
const LIST_PARAMETERS = methodParameters('ExternalHostProvidersService.list', { max: 'integer', search: 'string', follow: 'string' });

/**
 * The `external_host_providers` service of the API.
 *
 * Path below the API root: `/externalhostproviders`.
 * Reached with `connection.systemService().externalHostProvidersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_providers | reference: external_host_providers}
 */
export class ExternalHostProvidersService extends Service {
  /**
   * Adds a `external_host_provider`: sends `POST /externalhostproviders` with it as the `<external_host_provider>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `provider.name`
   *
   * Also accepts: `provider.description`, `provider.password`, `provider.requiresAuthentication`, `provider.url`, `provider.username`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_providers/methods/add | reference: external_host_providers.add}
   * @param provider The `provider` to send: `ExternalHostProviderInit` (a `ExternalHostProvider` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `external_host_provider` as the engine answers it.
   */
  add(provider: t.ExternalHostProviderInit, opts: RequestOptions = {}): Promise<t.ExternalHostProvider> {
    const refused = checkParameters(ADD_PARAMETERS, opts, provider);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(provider, 'external_host_provider', {}, opts) as Promise<t.ExternalHostProvider>;
  }

  /**
   * Lists the `external_host_provider` objects: sends `GET /externalhostproviders` and reads the `<external_host_providers>` the engine answers, one item per `<external_host_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_providers/methods/list | reference: external_host_providers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalHostProvidersServiceListOptions}).
   * @returns The `providers`: a list of `ExternalHostProvider`.
   */
  list(opts: ExternalHostProvidersServiceListOptions = {}): Promise<List<t.ExternalHostProvider>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ExternalHostProvider>>;
  }

  /**
   * Like {@link ExternalHostProvidersService.list} (it sends `GET /externalhostproviders` with the same options), but yields
   * each `external_host_provider` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_providers/methods/list | reference: external_host_providers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: ExternalHostProvidersServiceListOptions = {}): AsyncGenerator<t.ExternalHostProvider, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ExternalHostProvidersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ExternalHostProvider, void, undefined>;
  }

  /**
   * Locates the `external_host_provider` service at `{provider_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_provider | reference: external_host_provider}
   */
  providerService(id: string | number): ExternalHostProviderService {
    return new ExternalHostProviderService(this.connection, `${this.path}/${idSegment(id, 'ExternalHostProvidersService.providerService')}`);
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
