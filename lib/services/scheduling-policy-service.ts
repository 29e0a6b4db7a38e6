// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { BalancesService } from './balances-service';
import { FiltersService } from './filters-service';
import { WeightsService } from './weights-service';

/** Options of {@link SchedulingPolicyService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface SchedulingPolicyServiceGetOptions extends RequestOptions {
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policy/methods/get/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policy/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link SchedulingPolicyService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface SchedulingPolicyServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policy/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link SchedulingPolicyService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface SchedulingPolicyServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policy/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('SchedulingPolicyService.get', { filter: 'boolean', follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('SchedulingPolicyService.update', { async: 'boolean' }, ['schedulingPolicy', t.SchedulingPolicy]);
const REMOVE_PARAMETERS = methodParameters('SchedulingPolicyService.remove', { async: 'boolean' });

/**
 * The `scheduling_policy` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policy}
 */
export class SchedulingPolicyService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policy/methods/get}
   * @returns The `policy` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policy/methods/get/parameters/policy}
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
   * Updates the object: `PUT` of `<scheduling_policy>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policy/methods/update}
   * @param policy The `policy` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policy/methods/update/parameters/policy}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policy/methods/remove}
   */
  remove(opts: SchedulingPolicyServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `filters` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/filters}); sends no request. */
  filtersService(): FiltersService {
    return new FiltersService(this.connection, `${this.path}/filters`);
  }

  /** Locates the `weights` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/weights}); sends no request. */
  weightsService(): WeightsService {
    return new WeightsService(this.connection, `${this.path}/weights`);
  }

  /** Locates the `balances` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/balances}); sends no request. */
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
