// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmPoolService } from './vm-pool-service';

/**
 * Options of {@link VmPoolsService.add}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools/methods/add | reference: vm_pools.add}
 */
export interface VmPoolsServiceAddOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `seal` of `POST /vmpools`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools/methods/add | reference: vm_pools.add}
   * @since API 4.5
   */
  seal?: boolean;
}

/**
 * Options of {@link VmPoolsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools/methods/list | reference: vm_pools.list}
 */
export interface VmPoolsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vmpools`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools/methods/list | reference: vm_pools.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /vmpools`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools/methods/list | reference: vm_pools.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /vmpools`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools/methods/list | reference: vm_pools.list}
   */
  caseSensitive?: boolean;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /vmpools`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools/methods/list | reference: vm_pools.list}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /vmpools`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools/methods/list | reference: vm_pools.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VmPoolsService.add', { seal: 'boolean' }, ['vmPool', t.VmPool]);
const LIST_PARAMETERS = methodParameters('VmPoolsService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', filter: 'boolean', follow: 'string' });

/**
 * The `vm_pools` service of the API.
 *
 * Path below the API root: `/vmpools`.
 * Reached with `connection.systemService().vmPoolsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools | reference: vm_pools}
 */
export class VmPoolsService extends Service {
  /**
   * Adds a `vm_pool`: sends `POST /vmpools` with it as the `<vm_pool>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `pool.name`
   * - `pool.cluster.id` or `pool.cluster.name`
   * - `pool.template.id` or `pool.template.name`
   *
   * Also accepts: `pool.comment`, `pool.description`, `pool.display.proxy`, `pool.maxUserVms`, `pool.prestartedVms`, `pool.size`, `pool.soundcardEnabled`, `pool.type`, `pool.useLatestTemplateVersion`, `pool.tpmEnabled`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools/methods/add | reference: vm_pools.add}
   * @param pool The `pool` to send: `VmPoolInit` (a `VmPool` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmPoolsServiceAddOptions}).
   * @returns The `vm_pool` as the engine answers it.
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
   * Lists the `vm_pool` objects: sends `GET /vmpools` and reads the `<vm_pools>` the engine answers, one item per `<vm_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools/methods/list | reference: vm_pools.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmPoolsServiceListOptions}).
   * @returns The `pools`: a list of `VmPool`.
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
   * Like {@link VmPoolsService.list} (it sends `GET /vmpools` with the same options), but yields
   * each `vm_pool` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools/methods/list | reference: vm_pools.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `vm_pool` service at `{pool_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pool | reference: vm_pool}
   */
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
