// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link WeightService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weight/methods/get | reference: weight.get}
 */
export interface WeightServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /schedulingpolicies/{policy_id}/weights/{weight_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weight/methods/get | reference: weight.get}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /schedulingpolicies/{policy_id}/weights/{weight_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weight/methods/get | reference: weight.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link WeightService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weight/methods/remove | reference: weight.remove}
 */
export interface WeightServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /schedulingpolicies/{policy_id}/weights/{weight_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weight/methods/remove | reference: weight.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('WeightService.get', { filter: 'boolean', follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('WeightService.remove', { async: 'boolean' });

/**
 * The `weight` service of the API.
 *
 * Path below the API root: `/schedulingpolicies/{policy_id}/weights/{weight_id}`.
 * Reached with `connection.systemService().schedulingPoliciesService().policyService(id).weightsService().weightService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weight | reference: weight}
 */
export class WeightService extends Service {
  /**
   * Retrieves the `weight`: sends `GET /schedulingpolicies/{policy_id}/weights/{weight_id}` and reads the `<weight>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weight/methods/get | reference: weight.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link WeightServiceGetOptions}).
   * @returns The `weight`: `Weight`.
   */
  get(opts: WeightServiceGetOptions = {}): Promise<t.Weight> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Weight>;
  }

  /**
   * Removes: sends `DELETE /schedulingpolicies/{policy_id}/weights/{weight_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weight/methods/remove | reference: weight.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link WeightServiceRemoveOptions}).
   */
  remove(opts: WeightServiceRemoveOptions = {}): Promise<void> {
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
