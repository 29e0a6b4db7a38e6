// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link ExternalDiscoveredHostService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_discovered_host/methods/get | reference: external_discovered_host.get}
 */
export interface ExternalDiscoveredHostServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /externalhostproviders/{provider_id}/discoveredhosts/{host_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_discovered_host/methods/get | reference: external_discovered_host.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('ExternalDiscoveredHostService.get', { follow: 'string' });

/**
 * The `external_discovered_host` service of the API.
 *
 * Path below the API root: `/externalhostproviders/{provider_id}/discoveredhosts/{host_id}`.
 * Reached with `connection.systemService().externalHostProvidersService().providerService(id).discoveredHostsService().hostService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_discovered_host | reference: external_discovered_host}
 */
export class ExternalDiscoveredHostService extends Service {
  /**
   * Retrieves the `external_discovered_host`: sends `GET /externalhostproviders/{provider_id}/discoveredhosts/{host_id}` and reads the `<external_discovered_host>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_discovered_host/methods/get | reference: external_discovered_host.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalDiscoveredHostServiceGetOptions}).
   * @returns The `host`: `ExternalDiscoveredHost`.
   */
  get(opts: ExternalDiscoveredHostServiceGetOptions = {}): Promise<t.ExternalDiscoveredHost> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.ExternalDiscoveredHost>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
