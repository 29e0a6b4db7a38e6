// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ExternalHostService } from './external-host-service';

/**
 * Options of {@link ExternalHostsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_hosts/methods/list | reference: external_hosts.list}
 */
export interface ExternalHostsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /externalhostproviders/{provider_id}/hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_hosts/methods/list | reference: external_hosts.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /externalhostproviders/{provider_id}/hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_hosts/methods/list | reference: external_hosts.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ExternalHostsService.list', { max: 'integer', follow: 'string' });

/**
 * The `external_hosts` service of the API.
 *
 * Path below the API root: `/externalhostproviders/{provider_id}/hosts`.
 * Reached with `connection.systemService().externalHostProvidersService().providerService(id).hostsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_hosts | reference: external_hosts}
 */
export class ExternalHostsService extends Service {
  /**
   * Lists the `external_host` objects: sends `GET /externalhostproviders/{provider_id}/hosts` and reads the `<external_hosts>` the engine answers, one item per `<external_host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_hosts/methods/list | reference: external_hosts.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalHostsServiceListOptions}).
   * @returns The `hosts`: a list of `ExternalHost`.
   */
  list(opts: ExternalHostsServiceListOptions = {}): Promise<List<t.ExternalHost>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ExternalHost>>;
  }

  /**
   * Like {@link ExternalHostsService.list} (it sends `GET /externalhostproviders/{provider_id}/hosts` with the same options), but yields
   * each `external_host` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_hosts/methods/list | reference: external_hosts.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: ExternalHostsServiceListOptions = {}): AsyncGenerator<t.ExternalHost, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ExternalHostsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ExternalHost, void, undefined>;
  }

  /**
   * Locates the `external_host` service at `{host_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host | reference: external_host}
   */
  hostService(id: string | number): ExternalHostService {
    return new ExternalHostService(this.connection, `${this.path}/${idSegment(id, 'ExternalHostsService.hostService')}`);
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
