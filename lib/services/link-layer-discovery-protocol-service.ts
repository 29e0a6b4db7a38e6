// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';

/**
 * Options of {@link LinkLayerDiscoveryProtocolService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/link_layer_discovery_protocol/methods/list | reference: link_layer_discovery_protocol.list}
 */
export interface LinkLayerDiscoveryProtocolServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/nics/{nic_id}/linklayerdiscoveryprotocolelements`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/link_layer_discovery_protocol/methods/list | reference: link_layer_discovery_protocol.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('LinkLayerDiscoveryProtocolService.list', { follow: 'string' });

/**
 * The `link_layer_discovery_protocol` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/nics/{nic_id}/linklayerdiscoveryprotocolelements`.
 * Reached with `connection.systemService().hostsService().hostService(id).nicsService().nicService(id).linkLayerDiscoveryProtocolElementsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/link_layer_discovery_protocol | reference: link_layer_discovery_protocol}
 * @since API 4.1.6
 */
export class LinkLayerDiscoveryProtocolService extends Service {
  /**
   * Lists the `link_layer_discovery_protocol_element` objects: sends `GET /hosts/{host_id}/nics/{nic_id}/linklayerdiscoveryprotocolelements` and reads the `<link_layer_discovery_protocol_elements>` the engine answers, one item per `<link_layer_discovery_protocol_element>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/link_layer_discovery_protocol/methods/list | reference: link_layer_discovery_protocol.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link LinkLayerDiscoveryProtocolServiceListOptions}).
   * @returns The `elements`: a list of `LinkLayerDiscoveryProtocolElement`.
   * @since API 4.1.6
   */
  list(opts: LinkLayerDiscoveryProtocolServiceListOptions = {}): Promise<List<t.LinkLayerDiscoveryProtocolElement>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.LinkLayerDiscoveryProtocolElement>>;
  }

  /**
   * Like {@link LinkLayerDiscoveryProtocolService.list} (it sends `GET /hosts/{host_id}/nics/{nic_id}/linklayerdiscoveryprotocolelements` with the same options), but yields
   * each `link_layer_discovery_protocol_element` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/link_layer_discovery_protocol/methods/list | reference: link_layer_discovery_protocol.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.1.6
   */
  listStream(opts: LinkLayerDiscoveryProtocolServiceListOptions = {}): AsyncGenerator<t.LinkLayerDiscoveryProtocolElement, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'LinkLayerDiscoveryProtocolService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.LinkLayerDiscoveryProtocolElement, void, undefined>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
