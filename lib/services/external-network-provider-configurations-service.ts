// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ExternalNetworkProviderConfigurationService } from './external-network-provider-configuration-service';

/** Options of {@link ExternalNetworkProviderConfigurationsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface ExternalNetworkProviderConfigurationsServiceListOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_network_provider_configurations/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ExternalNetworkProviderConfigurationsService.list', { follow: 'string' });

/**
 * The `external_network_provider_configurations` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_network_provider_configurations}
 * @since API 4.2
 */
export class ExternalNetworkProviderConfigurationsService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_network_provider_configurations/methods/list}
   * @returns The `configurations` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_network_provider_configurations/methods/list/parameters/configurations}
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
   * Like {@link ExternalNetworkProviderConfigurationsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_network_provider_configurations/methods/list}
   */
  listStream(opts: ExternalNetworkProviderConfigurationsServiceListOptions = {}): AsyncGenerator<t.ExternalNetworkProviderConfiguration, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ExternalNetworkProviderConfigurationsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ExternalNetworkProviderConfiguration, void, undefined>;
  }

  /** Locates the `configuration` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_network_provider_configuration}); sends no request. */
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
