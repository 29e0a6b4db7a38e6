// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { WeightService } from './weight-service';

/**
 * Options of {@link WeightsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weights/methods/list | reference: weights.list}
 */
export interface WeightsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /schedulingpolicies/{policy_id}/weights`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weights/methods/list | reference: weights.list}
   */
  max?: number;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /schedulingpolicies/{policy_id}/weights`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weights/methods/list | reference: weights.list}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /schedulingpolicies/{policy_id}/weights`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weights/methods/list | reference: weights.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('WeightsService.add', {}, ['weight', t.Weight]);
const LIST_PARAMETERS = methodParameters('WeightsService.list', { max: 'integer', filter: 'boolean', follow: 'string' });

/**
 * The `weights` service of the API.
 *
 * Path below the API root: `/schedulingpolicies/{policy_id}/weights`.
 * Reached with `connection.systemService().schedulingPoliciesService().policyService(id).weightsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weights | reference: weights}
 */
export class WeightsService extends Service {
  /**
   * Adds a `weight`: sends `POST /schedulingpolicies/{policy_id}/weights` with it as the `<weight>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `weight.schedulingPolicyUnit.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weights/methods/add | reference: weights.add}
   * @param weight The `weight` to send: `WeightInit` (a `Weight` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `weight` as the engine answers it.
   */
  add(weight: t.WeightInit, opts: RequestOptions = {}): Promise<t.Weight> {
    const refused = checkParameters(ADD_PARAMETERS, opts, weight);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(weight, 'weight', {}, opts) as Promise<t.Weight>;
  }

  /**
   * Lists the `weight` objects: sends `GET /schedulingpolicies/{policy_id}/weights` and reads the `<weights>` the engine answers, one item per `<weight>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weights/methods/list | reference: weights.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link WeightsServiceListOptions}).
   * @returns The `weights`: a list of `Weight`.
   */
  list(opts: WeightsServiceListOptions = {}): Promise<List<t.Weight>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Weight>>;
  }

  /**
   * Like {@link WeightsService.list} (it sends `GET /schedulingpolicies/{policy_id}/weights` with the same options), but yields
   * each `weight` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weights/methods/list | reference: weights.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: WeightsServiceListOptions = {}): AsyncGenerator<t.Weight, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'WeightsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Weight, void, undefined>;
  }

  /**
   * Locates the `weight` service at `{weight_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/weight | reference: weight}
   */
  weightService(id: string | number): WeightService {
    return new WeightService(this.connection, `${this.path}/${idSegment(id, 'WeightsService.weightService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.weightService(decodeURIComponent(head)).service(rest);
  }
}
