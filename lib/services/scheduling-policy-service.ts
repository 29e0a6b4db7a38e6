// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { BalancesService } from './balances-service';
import { FiltersService } from './filters-service';
import { WeightsService } from './weights-service';

/**
 * Options of {@link SchedulingPolicyService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy/methods/get | reference: scheduling_policy.get}
 */
export interface SchedulingPolicyServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /schedulingpolicies/{policy_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy/methods/get | reference: scheduling_policy.get}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /schedulingpolicies/{policy_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy/methods/get | reference: scheduling_policy.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link SchedulingPolicyService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy/methods/update | reference: scheduling_policy.update}
 */
export interface SchedulingPolicyServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /schedulingpolicies/{policy_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy/methods/update | reference: scheduling_policy.update}
   */
  async?: boolean;
}

/**
 * Options of {@link SchedulingPolicyService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy/methods/remove | reference: scheduling_policy.remove}
 */
export interface SchedulingPolicyServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /schedulingpolicies/{policy_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy/methods/remove | reference: scheduling_policy.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('SchedulingPolicyService.get', { filter: 'boolean', follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('SchedulingPolicyService.update', { async: 'boolean' }, ['schedulingPolicy', t.SchedulingPolicy]);
const REMOVE_PARAMETERS = methodParameters('SchedulingPolicyService.remove', { async: 'boolean' });

/**
 * The `scheduling_policy` service of the API.
 *
 * Path below the API root: `/schedulingpolicies/{policy_id}`.
 * Reached with `connection.systemService().schedulingPoliciesService().policyService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy | reference: scheduling_policy}
 */
export class SchedulingPolicyService extends Service {
  /**
   * Retrieves the `scheduling_policy`: sends `GET /schedulingpolicies/{policy_id}` and reads the `<scheduling_policy>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy/methods/get | reference: scheduling_policy.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SchedulingPolicyServiceGetOptions}).
   * @returns The `policy`: `SchedulingPolicy`.
   */
  get(opts: SchedulingPolicyServiceGetOptions = {}): Promise<t.SchedulingPolicy> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.SchedulingPolicy>;
  }

  /**
   * Updates the `scheduling_policy`: sends `PUT /schedulingpolicies/{policy_id}` with the `<scheduling_policy>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `policy.description`, `policy.name`, `policy.properties[].name`, `policy.properties[].value`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy/methods/update | reference: scheduling_policy.update}
   * @param policy The `policy` to send: `SchedulingPolicyInit` (a `SchedulingPolicy` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SchedulingPolicyServiceUpdateOptions}).
   * @returns The `scheduling_policy` as the engine answers it.
   */
  update(policy: t.SchedulingPolicyInit, opts: SchedulingPolicyServiceUpdateOptions = {}): Promise<t.SchedulingPolicy> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, policy);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(policy, 'scheduling_policy', query, opts) as Promise<t.SchedulingPolicy>;
  }

  /**
   * Removes: sends `DELETE /schedulingpolicies/{policy_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy/methods/remove | reference: scheduling_policy.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SchedulingPolicyServiceRemoveOptions}).
   */
  remove(opts: SchedulingPolicyServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `filters` service at `filters` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filters | reference: filters}
   */
  filtersService(): FiltersService {
    return new FiltersService(this.connection, `${this.path}/filters`);
  }

  /**
   * Locates the `weights` service at `weights` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weights | reference: weights}
   */
  weightsService(): WeightsService {
    return new WeightsService(this.connection, `${this.path}/weights`);
  }

  /**
   * Locates the `balances` service at `balances` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/balances | reference: balances}
   */
  balancesService(): BalancesService {
    return new BalancesService(this.connection, `${this.path}/balances`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'filters': return this.filtersService().service(rest);
      case 'weights': return this.weightsService().service(rest);
      case 'balances': return this.balancesService().service(rest);
    }
    return super.service(path);
  }
}
