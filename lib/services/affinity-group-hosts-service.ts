// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AffinityGroupHostService } from './affinity-group-host-service';

/** Options of {@link AffinityGroupHostsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface AffinityGroupHostsServiceListOptions extends RequestOptions {
  /**
   * The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_hosts/methods/list/parameters/max}
   * @since API 4.4
   */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_hosts/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AffinityGroupHostsService.add', {}, ['host', t.Host]);
const LIST_PARAMETERS = methodParameters('AffinityGroupHostsService.list', { max: 'integer', follow: 'string' });

/**
 * The `affinity_group_hosts` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_hosts}
 * @since API 4.4
 */
export class AffinityGroupHostsService extends Service {
  /**
   * Adds an object: `POST` of `<host>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_hosts/methods/add}
   * @param host The `host` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_hosts/methods/add/parameters/host}
   * @since API 4.4
   */
  add(host: t.HostInit, opts: RequestOptions = {}): Promise<t.Host> {
    const refused = checkParameters(ADD_PARAMETERS, opts, host);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(host, 'host', {}, opts) as Promise<t.Host>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_hosts/methods/list}
   * @returns The `hosts` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_hosts/methods/list/parameters/hosts}
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
   * Like {@link AffinityGroupHostsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_hosts/methods/list}
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
   * Locates the `host` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_host}); sends no request.
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
