// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link SchedulingPolicyUnitService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_unit/methods/get | reference: scheduling_policy_unit.get}
 */
export interface SchedulingPolicyUnitServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /schedulingpolicyunits/{unit_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_unit/methods/get | reference: scheduling_policy_unit.get}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /schedulingpolicyunits/{unit_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_unit/methods/get | reference: scheduling_policy_unit.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link SchedulingPolicyUnitService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_unit/methods/remove | reference: scheduling_policy_unit.remove}
 */
export interface SchedulingPolicyUnitServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /schedulingpolicyunits/{unit_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_unit/methods/remove | reference: scheduling_policy_unit.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('SchedulingPolicyUnitService.get', { filter: 'boolean', follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('SchedulingPolicyUnitService.remove', { async: 'boolean' });

/**
 * The `scheduling_policy_unit` service of the API.
 *
 * Path below the API root: `/schedulingpolicyunits/{unit_id}`.
 * Reached with `connection.systemService().schedulingPolicyUnitsService().unitService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_unit | reference: scheduling_policy_unit}
 */
export class SchedulingPolicyUnitService extends Service {
  /**
   * Retrieves the `scheduling_policy_unit`: sends `GET /schedulingpolicyunits/{unit_id}` and reads the `<scheduling_policy_unit>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_unit/methods/get | reference: scheduling_policy_unit.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SchedulingPolicyUnitServiceGetOptions}).
   * @returns The `unit`: `SchedulingPolicyUnit`.
   */
  get(opts: SchedulingPolicyUnitServiceGetOptions = {}): Promise<t.SchedulingPolicyUnit> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.SchedulingPolicyUnit>;
  }

  /**
   * Removes: sends `DELETE /schedulingpolicyunits/{unit_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_unit/methods/remove | reference: scheduling_policy_unit.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SchedulingPolicyUnitServiceRemoveOptions}).
   */
  remove(opts: SchedulingPolicyUnitServiceRemoveOptions = {}): Promise<void> {
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
