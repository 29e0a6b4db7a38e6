// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { LinkLayerDiscoveryProtocolService } from './link-layer-discovery-protocol-service';
import { NetworkAttachmentsService } from './network-attachments-service';
import { NetworkLabelsService } from './network-labels-service';
import { StatisticsService } from './statistics-service';
import { VirtualFunctionAllowedNetworksService } from './virtual-function-allowed-networks-service';

/** Options of {@link HostNicService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface HostNicServiceGetOptions extends RequestOptions {
  /** The `all_content` parameter (query parameter `all_content`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nic/methods/get/parameters/all_content} */
  allContent?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nic/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link HostNicService.updateVirtualFunctionsConfiguration}: the method's parameters, plus extra `query` and `headers`. */
export interface HostNicServiceUpdateVirtualFunctionsConfigurationOptions extends RequestOptions {
  /** The `virtual_functions_configuration` parameter (`<virtual_functions_configuration>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nic/methods/update_virtual_functions_configuration/parameters/virtual_functions_configuration} */
  virtualFunctionsConfiguration?: t.HostNicVirtualFunctionsConfigurationInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nic/methods/update_virtual_functions_configuration/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('HostNicService.get', { allContent: 'boolean', follow: 'string' });
const UPDATE_VIRTUAL_FUNCTIONS_CONFIGURATION_PARAMETERS = methodParameters('HostNicService.updateVirtualFunctionsConfiguration', { virtualFunctionsConfiguration: t.HostNicVirtualFunctionsConfiguration, async: 'boolean' });

/**
 * The `host_nic` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nic}
 */
export class HostNicService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nic/methods/get}
   * @returns The `nic` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nic/methods/get/parameters/nic}
   */
  get(opts: HostNicServiceGetOptions = {}): Promise<t.HostNic> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      all_content: opts.allContent,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.HostNic>;
  }

  /**
   * The `update_virtual_functions_configuration` action: `POST` of an `<action>` to `.../updatevirtualfunctionsconfiguration`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nic/methods/update_virtual_functions_configuration}
   */
  updateVirtualFunctionsConfiguration(opts: HostNicServiceUpdateVirtualFunctionsConfigurationOptions = {}): Promise<void> {
    const refused = checkParameters(UPDATE_VIRTUAL_FUNCTIONS_CONFIGURATION_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      virtualFunctionsConfiguration: opts.virtualFunctionsConfiguration,
      async: opts.async,
    };
    return this._action('updatevirtualfunctionsconfiguration', action, undefined, opts) as Promise<void>;
  }

  /** Locates the `statistics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/statistics}); sends no request. */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /** Locates the `network_labels` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_labels}); sends no request. */
  networkLabelsService(): NetworkLabelsService {
    return new NetworkLabelsService(this.connection, `${this.path}/networklabels`);
  }

  /** Locates the `network_attachments` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachments}); sends no request. */
  networkAttachmentsService(): NetworkAttachmentsService {
    return new NetworkAttachmentsService(this.connection, `${this.path}/networkattachments`);
  }

  /** Locates the `virtual_function_allowed_labels` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_labels}); sends no request. */
  virtualFunctionAllowedLabelsService(): NetworkLabelsService {
    return new NetworkLabelsService(this.connection, `${this.path}/virtualfunctionallowedlabels`);
  }

  /** Locates the `virtual_function_allowed_networks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/virtual_function_allowed_networks}); sends no request. */
  virtualFunctionAllowedNetworksService(): VirtualFunctionAllowedNetworksService {
    return new VirtualFunctionAllowedNetworksService(this.connection, `${this.path}/virtualfunctionallowednetworks`);
  }

  /**
   * Locates the `link_layer_discovery_protocol_elements` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/link_layer_discovery_protocol}); sends no request.
   * @since API 4.1.6
   */
  linkLayerDiscoveryProtocolElementsService(): LinkLayerDiscoveryProtocolService {
    return new LinkLayerDiscoveryProtocolService(this.connection, `${this.path}/linklayerdiscoveryprotocolelements`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'statistics': return this.statisticsService().service(rest);
      case 'networklabels': return this.networkLabelsService().service(rest);
      case 'networkattachments': return this.networkAttachmentsService().service(rest);
      case 'virtualfunctionallowedlabels': return this.virtualFunctionAllowedLabelsService().service(rest);
      case 'virtualfunctionallowednetworks': return this.virtualFunctionAllowedNetworksService().service(rest);
      case 'linklayerdiscoveryprotocolelements': return this.linkLayerDiscoveryProtocolElementsService().service(rest);
    }
    return super.service(path);
  }
}
