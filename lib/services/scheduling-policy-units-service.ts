// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { SchedulingPolicyUnitService } from './scheduling-policy-unit-service';

/**
 * Options of {@link SchedulingPolicyUnitsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_units/methods/list | reference: scheduling_policy_units.list}
 */
export interface SchedulingPolicyUnitsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /schedulingpolicyunits`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_units/methods/list | reference: scheduling_policy_units.list}
   */
  max?: number;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /schedulingpolicyunits`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_units/methods/list | reference: scheduling_policy_units.list}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /schedulingpolicyunits`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_units/methods/list | reference: scheduling_policy_units.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('SchedulingPolicyUnitsService.list', { max: 'integer', filter: 'boolean', follow: 'string' });

/**
 * The `scheduling_policy_units` service of the API.
 *
 * Path below the API root: `/schedulingpolicyunits`.
 * Reached with `connection.systemService().schedulingPolicyUnitsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_units | reference: scheduling_policy_units}
 */
export class SchedulingPolicyUnitsService extends Service {
  /**
   * Lists the `scheduling_policy_unit` objects: sends `GET /schedulingpolicyunits` and reads the `<scheduling_policy_units>` the engine answers, one item per `<scheduling_policy_unit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_units/methods/list | reference: scheduling_policy_units.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SchedulingPolicyUnitsServiceListOptions}).
   * @returns The `units`: a list of `SchedulingPolicyUnit`.
   */
  list(opts: SchedulingPolicyUnitsServiceListOptions = {}): Promise<List<t.SchedulingPolicyUnit>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.SchedulingPolicyUnit>>;
  }

  /**
   * Like {@link SchedulingPolicyUnitsService.list} (it sends `GET /schedulingpolicyunits` with the same options), but yields
   * each `scheduling_policy_unit` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_units/methods/list | reference: scheduling_policy_units.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: SchedulingPolicyUnitsServiceListOptions = {}): AsyncGenerator<t.SchedulingPolicyUnit, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'SchedulingPolicyUnitsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.SchedulingPolicyUnit, void, undefined>;
  }

  /**
   * Locates the `scheduling_policy_unit` service at `{unit_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_unit | reference: scheduling_policy_unit}
   */
  unitService(id: string | number): SchedulingPolicyUnitService {
    return new SchedulingPolicyUnitService(this.connection, `${this.path}/${idSegment(id, 'SchedulingPolicyUnitsService.unitService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.unitService(decodeURIComponent(head)).service(rest);
  }
}
