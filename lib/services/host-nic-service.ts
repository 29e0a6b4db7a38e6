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

/**
 * Options of {@link HostNicService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nic/methods/get | reference: host_nic.get}
 */
export interface HostNicServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `all_content` of `GET /hosts/{host_id}/nics/{nic_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nic/methods/get | reference: host_nic.get}
   */
  allContent?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/nics/{nic_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nic/methods/get | reference: host_nic.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link HostNicService.updateVirtualFunctionsConfiguration}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nic/methods/update_virtual_functions_configuration | reference: host_nic.update_virtual_functions_configuration}
 */
export interface HostNicServiceUpdateVirtualFunctionsConfigurationOptions extends RequestOptions {
  /**
   * `HostNicVirtualFunctionsConfigurationInit` (a `HostNicVirtualFunctionsConfiguration` or a plain object), sent as `<virtual_functions_configuration>` in the `<action>` body of `POST /hosts/{host_id}/nics/{nic_id}/updatevirtualfunctionsconfiguration`.
   *
   * Also accepts: `opts.virtualFunctionsConfiguration.allNetworksAllowed`, `opts.virtualFunctionsConfiguration.numberOfVirtualFunctions`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nic/methods/update_virtual_functions_configuration | reference: host_nic.update_virtual_functions_configuration}
   */
  virtualFunctionsConfiguration?: t.HostNicVirtualFunctionsConfigurationInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/nics/{nic_id}/updatevirtualfunctionsconfiguration`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nic/methods/update_virtual_functions_configuration | reference: host_nic.update_virtual_functions_configuration}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('HostNicService.get', { allContent: 'boolean', follow: 'string' });
const UPDATE_VIRTUAL_FUNCTIONS_CONFIGURATION_PARAMETERS = methodParameters('HostNicService.updateVirtualFunctionsConfiguration', { virtualFunctionsConfiguration: t.HostNicVirtualFunctionsConfiguration, async: 'boolean' });

/**
 * The `host_nic` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/nics/{nic_id}`.
 * Reached with `connection.systemService().hostsService().hostService(id).nicsService().nicService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nic | reference: host_nic}
 */
export class HostNicService extends Service {
  /**
   * Retrieves the `host_nic`: sends `GET /hosts/{host_id}/nics/{nic_id}` and reads the `<host_nic>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nic/methods/get | reference: host_nic.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostNicServiceGetOptions}).
   * @returns The `nic`: `HostNic`.
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
   * The `update_virtual_functions_configuration` action: sends `POST /hosts/{host_id}/nics/{nic_id}/updatevirtualfunctionsconfiguration` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.virtualFunctionsConfiguration.allNetworksAllowed`, `opts.virtualFunctionsConfiguration.numberOfVirtualFunctions`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nic/methods/update_virtual_functions_configuration | reference: host_nic.update_virtual_functions_configuration}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostNicServiceUpdateVirtualFunctionsConfigurationOptions}).
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

  /**
   * Locates the `statistics` service at `statistics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics | reference: statistics}
   */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /**
   * Locates the `network_labels` service at `networklabels` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_labels | reference: network_labels}
   */
  networkLabelsService(): NetworkLabelsService {
    return new NetworkLabelsService(this.connection, `${this.path}/networklabels`);
  }

  /**
   * Locates the `network_attachments` service at `networkattachments` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachments | reference: network_attachments}
   */
  networkAttachmentsService(): NetworkAttachmentsService {
    return new NetworkAttachmentsService(this.connection, `${this.path}/networkattachments`);
  }

  /**
   * Locates the `network_labels` service at `virtualfunctionallowedlabels` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_labels | reference: network_labels}
   */
  virtualFunctionAllowedLabelsService(): NetworkLabelsService {
    return new NetworkLabelsService(this.connection, `${this.path}/virtualfunctionallowedlabels`);
  }

  /**
   * Locates the `virtual_function_allowed_networks` service at `virtualfunctionallowednetworks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/virtual_function_allowed_networks | reference: virtual_function_allowed_networks}
   */
  virtualFunctionAllowedNetworksService(): VirtualFunctionAllowedNetworksService {
    return new VirtualFunctionAllowedNetworksService(this.connection, `${this.path}/virtualfunctionallowednetworks`);
  }

  /**
   * Locates the `link_layer_discovery_protocol` service at `linklayerdiscoveryprotocolelements` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/link_layer_discovery_protocol | reference: link_layer_discovery_protocol}
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
