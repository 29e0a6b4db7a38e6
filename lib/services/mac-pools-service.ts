// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { MacPoolService } from './mac-pool-service';

/**
 * Options of {@link MacPoolsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pools/methods/list | reference: mac_pools.list}
 */
export interface MacPoolsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /macpools`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pools/methods/list | reference: mac_pools.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /macpools`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pools/methods/list | reference: mac_pools.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('MacPoolsService.add', {}, ['macPool', t.MacPool]);
const LIST_PARAMETERS = methodParameters('MacPoolsService.list', { max: 'integer', follow: 'string' });

/**
 * The `mac_pools` service of the API.
 *
 * Path below the API root: `/macpools`.
 * Reached with `connection.systemService().macPoolsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pools | reference: mac_pools}
 */
export class MacPoolsService extends Service {
  /**
   * Adds a `mac_pool`: sends `POST /macpools` with it as the `<mac_pool>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `pool.name`
   * - `pool.ranges[].from`
   * - `pool.ranges[].to`
   *
   * Also accepts: `pool.allowDuplicates`, `pool.defaultPool`, `pool.description`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pools/methods/add | reference: mac_pools.add}
   * @param pool The `pool` to send: `MacPoolInit` (a `MacPool` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `mac_pool` as the engine answers it.
   */
  add(pool: t.MacPoolInit, opts: RequestOptions = {}): Promise<t.MacPool> {
    const refused = checkParameters(ADD_PARAMETERS, opts, pool);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(pool, 'mac_pool', {}, opts) as Promise<t.MacPool>;
  }

  /**
   * Lists the `mac_pool` objects: sends `GET /macpools` and reads the `<mac_pools>` the engine answers, one item per `<mac_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pools/methods/list | reference: mac_pools.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link MacPoolsServiceListOptions}).
   * @returns The `pools`: a list of `MacPool`.
   */
  list(opts: MacPoolsServiceListOptions = {}): Promise<List<t.MacPool>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.MacPool>>;
  }

  /**
   * Like {@link MacPoolsService.list} (it sends `GET /macpools` with the same options), but yields
   * each `mac_pool` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pools/methods/list | reference: mac_pools.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: MacPoolsServiceListOptions = {}): AsyncGenerator<t.MacPool, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'MacPoolsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.MacPool, void, undefined>;
  }

  /**
   * Locates the `mac_pool` service at `{mac_pool_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pool | reference: mac_pool}
   */
  macPoolService(id: string | number): MacPoolService {
    return new MacPoolService(this.connection, `${this.path}/${idSegment(id, 'MacPoolsService.macPoolService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.macPoolService(decodeURIComponent(head)).service(rest);
  }
}
