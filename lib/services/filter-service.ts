// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link FilterService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filter/methods/get | reference: filter.get}
 */
export interface FilterServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /schedulingpolicies/{policy_id}/filters/{filter_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filter/methods/get | reference: filter.get}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /schedulingpolicies/{policy_id}/filters/{filter_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filter/methods/get | reference: filter.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link FilterService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filter/methods/remove | reference: filter.remove}
 */
export interface FilterServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /schedulingpolicies/{policy_id}/filters/{filter_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filter/methods/remove | reference: filter.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('FilterService.get', { filter: 'boolean', follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('FilterService.remove', { async: 'boolean' });

/**
 * The `filter` service of the API.
 *
 * Path below the API root: `/schedulingpolicies/{policy_id}/filters/{filter_id}`.
 * Reached with `connection.systemService().schedulingPoliciesService().policyService(id).filtersService().filterService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filter | reference: filter}
 */
export class FilterService extends Service {
  /**
   * Retrieves the `filter`: sends `GET /schedulingpolicies/{policy_id}/filters/{filter_id}` and reads the `<filter>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filter/methods/get | reference: filter.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link FilterServiceGetOptions}).
   * @returns The `result`: `Filter`.
   */
  get(opts: FilterServiceGetOptions = {}): Promise<t.Filter> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Filter>;
  }

  /**
   * Removes: sends `DELETE /schedulingpolicies/{policy_id}/filters/{filter_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filter/methods/remove | reference: filter.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link FilterServiceRemoveOptions}).
   */
  remove(opts: FilterServiceRemoveOptions = {}): Promise<void> {
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
