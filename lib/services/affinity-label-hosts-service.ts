// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AffinityLabelHostService } from './affinity-label-host-service';

/**
 * Options of {@link AffinityLabelHostsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_hosts/methods/list | reference: affinity_label_hosts.list}
 */
export interface AffinityLabelHostsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /affinitylabels/{label_id}/hosts`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_hosts/methods/list | reference: affinity_label_hosts.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AffinityLabelHostsService.add', {}, ['host', t.Host]);
const LIST_PARAMETERS = methodParameters('AffinityLabelHostsService.list', { follow: 'string' });

/**
 * The `affinity_label_hosts` service of the API.
 *
 * Path below the API root: `/affinitylabels/{label_id}/hosts`.
 * Reached with `connection.systemService().affinityLabelsService().labelService(id).hostsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_hosts | reference: affinity_label_hosts}
 */
export class AffinityLabelHostsService extends Service {
  /**
   * Adds a `host`: sends `POST /affinitylabels/{label_id}/hosts` with it as the `<host>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_hosts/methods/add | reference: affinity_label_hosts.add}
   * @param host The `host` to send: `HostInit` (a `Host` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `host` as the engine answers it.
   */
  add(host: t.HostInit, opts: RequestOptions = {}): Promise<t.Host> {
    const refused = checkParameters(ADD_PARAMETERS, opts, host);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(host, 'host', {}, opts) as Promise<t.Host>;
  }

  /**
   * Lists the `host` objects: sends `GET /affinitylabels/{label_id}/hosts` and reads the `<hosts>` the engine answers, one item per `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_hosts/methods/list | reference: affinity_label_hosts.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityLabelHostsServiceListOptions}).
   * @returns The `hosts`: a list of `Host`.
   */
  list(opts: AffinityLabelHostsServiceListOptions = {}): Promise<List<t.Host>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Host>>;
  }

  /**
   * Like {@link AffinityLabelHostsService.list} (it sends `GET /affinitylabels/{label_id}/hosts` with the same options), but yields
   * each `host` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_hosts/methods/list | reference: affinity_label_hosts.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: AffinityLabelHostsServiceListOptions = {}): AsyncGenerator<t.Host, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AffinityLabelHostsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Host, void, undefined>;
  }

  /**
   * Locates the `affinity_label_host` service at `{host_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_host | reference: affinity_label_host}
   */
  hostService(id: string | number): AffinityLabelHostService {
    return new AffinityLabelHostService(this.connection, `${this.path}/${idSegment(id, 'AffinityLabelHostsService.hostService')}`);
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
