// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { InstanceTypeWatchdogService } from './instance-type-watchdog-service';

/** Options of {@link InstanceTypeWatchdogsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface InstanceTypeWatchdogsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_watchdogs/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_watchdogs/methods/list/parameters/search} */
  search?: string;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_watchdogs/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('InstanceTypeWatchdogsService.add', {}, ['watchdog', t.Watchdog]);
const LIST_PARAMETERS = methodParameters('InstanceTypeWatchdogsService.list', { max: 'integer', search: 'string', follow: 'string' });

/**
 * The `instance_type_watchdogs` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_watchdogs}
 */
export class InstanceTypeWatchdogsService extends Service {
  /**
   * Adds an object: `POST` of `<watchdog>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_watchdogs/methods/add}
   * @param watchdog The `watchdog` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_watchdogs/methods/add/parameters/watchdog}
   */
  add(watchdog: t.WatchdogInit, opts: RequestOptions = {}): Promise<t.Watchdog> {
    const refused = checkParameters(ADD_PARAMETERS, opts, watchdog);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(watchdog, 'watchdog', {}, opts) as Promise<t.Watchdog>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_watchdogs/methods/list}
   * @returns The `watchdogs` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_watchdogs/methods/list/parameters/watchdogs}
   */
  list(opts: InstanceTypeWatchdogsServiceListOptions = {}): Promise<List<t.Watchdog>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Watchdog>>;
  }

  /**
   * Like {@link InstanceTypeWatchdogsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_watchdogs/methods/list}
   */
  listStream(opts: InstanceTypeWatchdogsServiceListOptions = {}): AsyncGenerator<t.Watchdog, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'InstanceTypeWatchdogsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Watchdog, void, undefined>;
  }

  /** Locates the `watchdog` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_watchdog}); sends no request. */
  watchdogService(id: string | number): InstanceTypeWatchdogService {
    return new InstanceTypeWatchdogService(this.connection, `${this.path}/${idSegment(id, 'InstanceTypeWatchdogsService.watchdogService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.watchdogService(decodeURIComponent(head)).service(rest);
  }
}
