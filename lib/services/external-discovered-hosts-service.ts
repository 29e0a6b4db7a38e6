// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ExternalDiscoveredHostService } from './external-discovered-host-service';

/**
 * Options of {@link ExternalDiscoveredHostsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_discovered_hosts/methods/list | reference: external_discovered_hosts.list}
 */
export interface ExternalDiscoveredHostsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /externalhostproviders/{provider_id}/discoveredhosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_discovered_hosts/methods/list | reference: external_discovered_hosts.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /externalhostproviders/{provider_id}/discoveredhosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_discovered_hosts/methods/list | reference: external_discovered_hosts.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ExternalDiscoveredHostsService.list', { max: 'integer', follow: 'string' });

/**
 * The `external_discovered_hosts` service of the API.
 *
 * Path below the API root: `/externalhostproviders/{provider_id}/discoveredhosts`.
 * Reached with `connection.systemService().externalHostProvidersService().providerService(id).discoveredHostsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_discovered_hosts | reference: external_discovered_hosts}
 */
export class ExternalDiscoveredHostsService extends Service {
  /**
   * Lists the `external_discovered_host` objects: sends `GET /externalhostproviders/{provider_id}/discoveredhosts` and reads the `<external_discovered_hosts>` the engine answers, one item per `<external_discovered_host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_discovered_hosts/methods/list | reference: external_discovered_hosts.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalDiscoveredHostsServiceListOptions}).
   * @returns The `hosts`: a list of `ExternalDiscoveredHost`.
   */
  list(opts: ExternalDiscoveredHostsServiceListOptions = {}): Promise<List<t.ExternalDiscoveredHost>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ExternalDiscoveredHost>>;
  }

  /**
   * Like {@link ExternalDiscoveredHostsService.list} (it sends `GET /externalhostproviders/{provider_id}/discoveredhosts` with the same options), but yields
   * each `external_discovered_host` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_discovered_hosts/methods/list | reference: external_discovered_hosts.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: ExternalDiscoveredHostsServiceListOptions = {}): AsyncGenerator<t.ExternalDiscoveredHost, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ExternalDiscoveredHostsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ExternalDiscoveredHost, void, undefined>;
  }

  /**
   * Locates the `external_discovered_host` service at `{host_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_discovered_host | reference: external_discovered_host}
   */
  hostService(id: string | number): ExternalDiscoveredHostService {
    return new ExternalDiscoveredHostService(this.connection, `${this.path}/${idSegment(id, 'ExternalDiscoveredHostsService.hostService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.hostService(decodeURIComponent(head)).service(rest);
  }
}
