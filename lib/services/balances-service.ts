// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { BalanceService } from './balance-service';

/**
 * Options of {@link BalancesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balances/methods/list | reference: balances.list}
 */
export interface BalancesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /schedulingpolicies/{policy_id}/balances`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balances/methods/list | reference: balances.list}
   */
  max?: number;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /schedulingpolicies/{policy_id}/balances`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balances/methods/list | reference: balances.list}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /schedulingpolicies/{policy_id}/balances`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balances/methods/list | reference: balances.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('BalancesService.add', {}, ['balance', t.Balance]);
const LIST_PARAMETERS = methodParameters('BalancesService.list', { max: 'integer', filter: 'boolean', follow: 'string' });

/**
 * The `balances` service of the API.
 *
 * Path below the API root: `/schedulingpolicies/{policy_id}/balances`.
 * Reached with `connection.systemService().schedulingPoliciesService().policyService(id).balancesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balances | reference: balances}
 */
export class BalancesService extends Service {
  /**
   * Adds a `balance`: sends `POST /schedulingpolicies/{policy_id}/balances` with it as the `<balance>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `balance.schedulingPolicyUnit.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balances/methods/add | reference: balances.add}
   * @param balance The `balance` to send: `BalanceInit` (a `Balance` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `balance` as the engine answers it.
   */
  add(balance: t.BalanceInit, opts: RequestOptions = {}): Promise<t.Balance> {
    const refused = checkParameters(ADD_PARAMETERS, opts, balance);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(balance, 'balance', {}, opts) as Promise<t.Balance>;
  }

  /**
   * Lists the `balance` objects: sends `GET /schedulingpolicies/{policy_id}/balances` and reads the `<balances>` the engine answers, one item per `<balance>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balances/methods/list | reference: balances.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link BalancesServiceListOptions}).
   * @returns The `balances`: a list of `Balance`.
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
   * Like {@link BalancesService.list} (it sends `GET /schedulingpolicies/{policy_id}/balances` with the same options), but yields
   * each `balance` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balances/methods/list | reference: balances.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `balance` service at `{balance_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balance | reference: balance}
   */
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
