// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';

/** Options of {@link LinkLayerDiscoveryProtocolService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface LinkLayerDiscoveryProtocolServiceListOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/link_layer_discovery_protocol/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('LinkLayerDiscoveryProtocolService.list', { follow: 'string' });

/**
 * The `link_layer_discovery_protocol` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/link_layer_discovery_protocol}
 * @since API 4.1.6
 */
export class LinkLayerDiscoveryProtocolService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/link_layer_discovery_protocol/methods/list}
   * @returns The `elements` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/link_layer_discovery_protocol/methods/list/parameters/elements}
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
   * Like {@link LinkLayerDiscoveryProtocolService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/link_layer_discovery_protocol/methods/list}
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
