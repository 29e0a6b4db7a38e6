// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { MacPoolService } from './mac-pool-service';

/** Options of {@link MacPoolsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface MacPoolsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pools/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pools/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('MacPoolsService.add', {}, ['macPool', t.MacPool]);
const LIST_PARAMETERS = methodParameters('MacPoolsService.list', { max: 'integer', follow: 'string' });

/**
 * The `mac_pools` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pools}
 */
export class MacPoolsService extends Service {
  /**
   * Adds an object: `POST` of `<mac_pool>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pools/methods/add}
   * @param pool The `pool` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pools/methods/add/parameters/pool}
   */
  add(pool: t.MacPoolInit, opts: RequestOptions = {}): Promise<t.MacPool> {
    const refused = checkParameters(ADD_PARAMETERS, opts, pool);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(pool, 'mac_pool', {}, opts) as Promise<t.MacPool>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pools/methods/list}
   * @returns The `pools` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pools/methods/list/parameters/pools}
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
   * Like {@link MacPoolsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pools/methods/list}
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

  /** Locates the `mac_pool` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pool}); sends no request. */
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
