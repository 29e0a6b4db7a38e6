// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { BalanceService } from './balance-service';

/** Options of {@link BalancesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface BalancesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/balances/methods/list/parameters/max} */
  max?: number;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/balances/methods/list/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/balances/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('BalancesService.add', {}, ['balance', t.Balance]);
const LIST_PARAMETERS = methodParameters('BalancesService.list', { max: 'integer', filter: 'boolean', follow: 'string' });

/**
 * The `balances` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/balances}
 */
export class BalancesService extends Service {
  /**
   * Adds an object: `POST` of `<balance>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/balances/methods/add}
   * @param balance The `balance` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/balances/methods/add/parameters/balance}
   */
  add(balance: t.BalanceInit, opts: RequestOptions = {}): Promise<t.Balance> {
    const refused = checkParameters(ADD_PARAMETERS, opts, balance);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(balance, 'balance', {}, opts) as Promise<t.Balance>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/balances/methods/list}
   * @returns The `balances` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/balances/methods/list/parameters/balances}
   */
  list(opts: BalancesServiceListOptions = {}): Promise<List<t.Balance>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Balance>>;
  }

  /**
   * Like {@link BalancesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/balances/methods/list}
   */
  listStream(opts: BalancesServiceListOptions = {}): AsyncGenerator<t.Balance, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'BalancesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Balance, void, undefined>;
  }

  /** Locates the `balance` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/balance}); sends no request. */
  balanceService(id: string | number): BalanceService {
    return new BalanceService(this.connection, `${this.path}/${idSegment(id, 'BalancesService.balanceService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.balanceService(decodeURIComponent(head)).service(rest);
  }
}
