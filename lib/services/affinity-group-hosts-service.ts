// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AffinityGroupHostService } from './affinity-group-host-service';

/**
 * Options of {@link AffinityGroupHostsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_hosts/methods/list | reference: affinity_group_hosts.list}
 */
export interface AffinityGroupHostsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /clusters/{cluster_id}/affinitygroups/{group_id}/hosts` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_hosts/methods/list | reference: affinity_group_hosts.list}
   * @since API 4.4
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/affinitygroups/{group_id}/hosts` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_hosts/methods/list | reference: affinity_group_hosts.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AffinityGroupHostsService.add', {}, ['host', t.Host]);
const LIST_PARAMETERS = methodParameters('AffinityGroupHostsService.list', { max: 'integer', follow: 'string' });

/**
 * The `affinity_group_hosts` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/affinitygroups/{group_id}/hosts` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/affinitygroups/{group_id}/hosts`).
 * Reached with `connection.systemService().clustersService().clusterService(id).affinityGroupsService().groupService(id).hostsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_hosts | reference: affinity_group_hosts}
 * @since API 4.4
 */
export class AffinityGroupHostsService extends Service {
  /**
   * Adds a `host`: sends `POST /clusters/{cluster_id}/affinitygroups/{group_id}/hosts` (or the same below any other of the service's 2 paths) with it as the `<host>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `host.id` or `host.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_hosts/methods/add | reference: affinity_group_hosts.add}
   * @param host The `host` to send: `HostInit` (a `Host` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `host` as the engine answers it.
   * @since API 4.4
   */
  add(host: t.HostInit, opts: RequestOptions = {}): Promise<t.Host> {
    const refused = checkParameters(ADD_PARAMETERS, opts, host);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(host, 'host', {}, opts) as Promise<t.Host>;
  }

  /**
   * Lists the `host` objects: sends `GET /clusters/{cluster_id}/affinitygroups/{group_id}/hosts` (or the same below any other of the service's 2 paths) and reads the `<hosts>` the engine answers, one item per `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_hosts/methods/list | reference: affinity_group_hosts.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityGroupHostsServiceListOptions}).
   * @returns The `hosts`: a list of `Host`.
   * @since API 4.4
   */
  list(opts: AffinityGroupHostsServiceListOptions = {}): Promise<List<t.Host>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Host>>;
  }

  /**
   * Like {@link AffinityGroupHostsService.list} (it sends `GET /clusters/{cluster_id}/affinitygroups/{group_id}/hosts` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `host` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_hosts/methods/list | reference: affinity_group_hosts.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.4
   */
  listStream(opts: AffinityGroupHostsServiceListOptions = {}): AsyncGenerator<t.Host, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AffinityGroupHostsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Host, void, undefined>;
  }

  /**
   * Locates the `affinity_group_host` service at `{host_id_or_name}` below this one; sends nothing.
   * The `idOrName` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_host | reference: affinity_group_host}
   * @since API 4.4
   */
  hostService(idOrName: string | number): AffinityGroupHostService {
    return new AffinityGroupHostService(this.connection, `${this.path}/${idSegment(idOrName, 'AffinityGroupHostsService.hostService')}`);
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
