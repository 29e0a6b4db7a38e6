// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ExternalNetworkProviderConfigurationService } from './external-network-provider-configuration-service';

/**
 * Options of {@link ExternalNetworkProviderConfigurationsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_network_provider_configurations/methods/list | reference: external_network_provider_configurations.list}
 */
export interface ExternalNetworkProviderConfigurationsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/externalnetworkproviderconfigurations`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_network_provider_configurations/methods/list | reference: external_network_provider_configurations.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ExternalNetworkProviderConfigurationsService.list', { follow: 'string' });

/**
 * The `external_network_provider_configurations` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/externalnetworkproviderconfigurations`.
 * Reached with `connection.systemService().hostsService().hostService(id).externalNetworkProviderConfigurationsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_network_provider_configurations | reference: external_network_provider_configurations}
 * @since API 4.2
 */
export class ExternalNetworkProviderConfigurationsService extends Service {
  /**
   * Lists the `external_network_provider_configuration` objects: sends `GET /hosts/{host_id}/externalnetworkproviderconfigurations` and reads the `<external_network_provider_configurations>` the engine answers, one item per `<external_network_provider_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_network_provider_configurations/methods/list | reference: external_network_provider_configurations.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalNetworkProviderConfigurationsServiceListOptions}).
   * @returns The `configurations`: a list of `ExternalNetworkProviderConfiguration`.
   * @since API 4.2
   */
  list(opts: ExternalNetworkProviderConfigurationsServiceListOptions = {}): Promise<List<t.ExternalNetworkProviderConfiguration>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ExternalNetworkProviderConfiguration>>;
  }

  /**
   * Like {@link ExternalNetworkProviderConfigurationsService.list} (it sends `GET /hosts/{host_id}/externalnetworkproviderconfigurations` with the same options), but yields
   * each `external_network_provider_configuration` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_network_provider_configurations/methods/list | reference: external_network_provider_configurations.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.2
   */
  listStream(opts: ExternalNetworkProviderConfigurationsServiceListOptions = {}): AsyncGenerator<t.ExternalNetworkProviderConfiguration, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ExternalNetworkProviderConfigurationsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ExternalNetworkProviderConfiguration, void, undefined>;
  }

  /**
   * Locates the `external_network_provider_configuration` service at `{configuration_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_network_provider_configuration | reference: external_network_provider_configuration}
   */
  configurationService(id: string | number): ExternalNetworkProviderConfigurationService {
    return new ExternalNetworkProviderConfigurationService(this.connection, `${this.path}/${idSegment(id, 'ExternalNetworkProviderConfigurationsService.configurationService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.configurationService(decodeURIComponent(head)).service(rest);
  }
}
