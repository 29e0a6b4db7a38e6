// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link ExternalNetworkProviderConfigurationService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_network_provider_configuration/methods/get | reference: external_network_provider_configuration.get}
 */
export interface ExternalNetworkProviderConfigurationServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/externalnetworkproviderconfigurations/{configuration_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_network_provider_configuration/methods/get | reference: external_network_provider_configuration.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('ExternalNetworkProviderConfigurationService.get', { follow: 'string' });

/**
 * The `external_network_provider_configuration` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/externalnetworkproviderconfigurations/{configuration_id}`.
 * Reached with `connection.systemService().hostsService().hostService(id).externalNetworkProviderConfigurationsService().configurationService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_network_provider_configuration | reference: external_network_provider_configuration}
 * @since API 4.2
 */
export class ExternalNetworkProviderConfigurationService extends Service {
  /**
   * Retrieves the `external_network_provider_configuration`: sends `GET /hosts/{host_id}/externalnetworkproviderconfigurations/{configuration_id}` and reads the `<external_network_provider_configuration>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_network_provider_configuration/methods/get | reference: external_network_provider_configuration.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalNetworkProviderConfigurationServiceGetOptions}).
   * @returns The `configuration`: `ExternalNetworkProviderConfiguration`.
   * @since API 4.2
   */
  get(opts: ExternalNetworkProviderConfigurationServiceGetOptions = {}): Promise<t.ExternalNetworkProviderConfiguration> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.ExternalNetworkProviderConfiguration>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
