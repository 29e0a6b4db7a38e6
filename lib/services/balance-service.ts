// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link BalanceService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balance/methods/get | reference: balance.get}
 */
export interface BalanceServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /schedulingpolicies/{policy_id}/balances/{balance_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balance/methods/get | reference: balance.get}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /schedulingpolicies/{policy_id}/balances/{balance_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balance/methods/get | reference: balance.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link BalanceService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balance/methods/remove | reference: balance.remove}
 */
export interface BalanceServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /schedulingpolicies/{policy_id}/balances/{balance_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balance/methods/remove | reference: balance.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('BalanceService.get', { filter: 'boolean', follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('BalanceService.remove', { async: 'boolean' });

/**
 * The `balance` service of the API.
 *
 * Path below the API root: `/schedulingpolicies/{policy_id}/balances/{balance_id}`.
 * Reached with `connection.systemService().schedulingPoliciesService().policyService(id).balancesService().balanceService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balance | reference: balance}
 */
export class BalanceService extends Service {
  /**
   * Retrieves the `balance`: sends `GET /schedulingpolicies/{policy_id}/balances/{balance_id}` and reads the `<balance>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balance/methods/get | reference: balance.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link BalanceServiceGetOptions}).
   * @returns The `balance`: `Balance`.
   */
  get(opts: BalanceServiceGetOptions = {}): Promise<t.Balance> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Balance>;
  }

  /**
   * Removes: sends `DELETE /schedulingpolicies/{policy_id}/balances/{balance_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balance/methods/remove | reference: balance.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link BalanceServiceRemoveOptions}).
   */
  remove(opts: BalanceServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
