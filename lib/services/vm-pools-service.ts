// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmPoolService } from './vm-pool-service';

/** Options of {@link VmPoolsService.add}: the method's parameters, plus extra `query` and `headers`. */
export interface VmPoolsServiceAddOptions extends RequestOptions {
  /**
   * The `seal` parameter (query parameter `seal`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools/methods/add/parameters/seal}
   * @since API 4.5
   */
  seal?: boolean;
}

/** Options of {@link VmPoolsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface VmPoolsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools/methods/list/parameters/search} */
  search?: string;
  /** The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools/methods/list/parameters/case_sensitive} */
  caseSensitive?: boolean;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools/methods/list/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VmPoolsService.add', { seal: 'boolean' }, ['vmPool', t.VmPool]);
const LIST_PARAMETERS = methodParameters('VmPoolsService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', filter: 'boolean', follow: 'string' });

/**
 * The `vm_pools` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools}
 */
export class VmPoolsService extends Service {
  /**
   * Adds an object: `POST` of `<vm_pool>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools/methods/add}
   * @param pool The `pool` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools/methods/add/parameters/pool}
   */
  add(pool: t.VmPoolInit, opts: VmPoolsServiceAddOptions = {}): Promise<t.VmPool> {
    const refused = checkParameters(ADD_PARAMETERS, opts, pool);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      seal: opts.seal,
    };
    return this._add(pool, 'vm_pool', query, opts) as Promise<t.VmPool>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools/methods/list}
   * @returns The `pools` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools/methods/list/parameters/pools}
   */
  list(opts: VmPoolsServiceListOptions = {}): Promise<List<t.VmPool>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.VmPool>>;
  }

  /**
   * Like {@link VmPoolsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools/methods/list}
   */
  listStream(opts: VmPoolsServiceListOptions = {}): AsyncGenerator<t.VmPool, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmPoolsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.VmPool, void, undefined>;
  }

  /** Locates the `pool` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pool}); sends no request. */
  poolService(id: string | number): VmPoolService {
    return new VmPoolService(this.connection, `${this.path}/${idSegment(id, 'VmPoolsService.poolService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.poolService(decodeURIComponent(head)).service(rest);
  }
}
