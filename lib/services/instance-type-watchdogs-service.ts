// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { InstanceTypeWatchdogService } from './instance-type-watchdog-service';

/**
 * Options of {@link InstanceTypeWatchdogsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdogs/methods/list | reference: instance_type_watchdogs.list}
 */
export interface InstanceTypeWatchdogsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /instancetypes/{instance_type_id}/watchdogs`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdogs/methods/list | reference: instance_type_watchdogs.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /instancetypes/{instance_type_id}/watchdogs`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdogs/methods/list | reference: instance_type_watchdogs.list}
   */
  search?: string;
  /**
   * `string`, sent as query parameter `follow` of `GET /instancetypes/{instance_type_id}/watchdogs`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdogs/methods/list | reference: instance_type_watchdogs.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('InstanceTypeWatchdogsService.add', {}, ['watchdog', t.Watchdog]);
const LIST_PARAMETERS = methodParameters('InstanceTypeWatchdogsService.list', { max: 'integer', search: 'string', follow: 'string' });

/**
 * The `instance_type_watchdogs` service of the API.
 *
 * Path below the API root: `/instancetypes/{instance_type_id}/watchdogs`.
 * Reached with `connection.systemService().instanceTypesService().instanceTypeService(id).watchdogsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdogs | reference: instance_type_watchdogs}
 */
export class InstanceTypeWatchdogsService extends Service {
  /**
   * Adds a `watchdog`: sends `POST /instancetypes/{instance_type_id}/watchdogs` with it as the `<watchdog>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdogs/methods/add | reference: instance_type_watchdogs.add}
   * @param watchdog The `watchdog` to send: `WatchdogInit` (a `Watchdog` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `watchdog` as the engine answers it.
   */
  add(watchdog: t.WatchdogInit, opts: RequestOptions = {}): Promise<t.Watchdog> {
    const refused = checkParameters(ADD_PARAMETERS, opts, watchdog);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(watchdog, 'watchdog', {}, opts) as Promise<t.Watchdog>;
  }

  /**
   * Lists the `watchdog` objects: sends `GET /instancetypes/{instance_type_id}/watchdogs` and reads the `<watchdogs>` the engine answers, one item per `<watchdog>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdogs/methods/list | reference: instance_type_watchdogs.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link InstanceTypeWatchdogsServiceListOptions}).
   * @returns The `watchdogs`: a list of `Watchdog`.
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
   * Like {@link InstanceTypeWatchdogsService.list} (it sends `GET /instancetypes/{instance_type_id}/watchdogs` with the same options), but yields
   * each `watchdog` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdogs/methods/list | reference: instance_type_watchdogs.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `instance_type_watchdog` service at `{watchdog_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdog | reference: instance_type_watchdog}
   */
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
