// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { SchedulingPolicyService } from './scheduling-policy-service';

/**
 * Options of {@link SchedulingPoliciesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policies/methods/list | reference: scheduling_policies.list}
 */
export interface SchedulingPoliciesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /schedulingpolicies`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policies/methods/list | reference: scheduling_policies.list}
   */
  max?: number;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /schedulingpolicies`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policies/methods/list | reference: scheduling_policies.list}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /schedulingpolicies`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policies/methods/list | reference: scheduling_policies.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('SchedulingPoliciesService.add', {}, ['schedulingPolicy', t.SchedulingPolicy]);
const LIST_PARAMETERS = methodParameters('SchedulingPoliciesService.list', { max: 'integer', filter: 'boolean', follow: 'string' });

/**
 * The `scheduling_policies` service of the API.
 *
 * Path below the API root: `/schedulingpolicies`.
 * Reached with `connection.systemService().schedulingPoliciesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policies | reference: scheduling_policies}
 */
export class SchedulingPoliciesService extends Service {
  /**
   * Adds a `scheduling_policy`: sends `POST /schedulingpolicies` with it as the `<scheduling_policy>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `policy.name`
   *
   * Also accepts: `policy.description`, `policy.properties[].name`, `policy.properties[].value`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policies/methods/add | reference: scheduling_policies.add}
   * @param policy The `policy` to send: `SchedulingPolicyInit` (a `SchedulingPolicy` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `scheduling_policy` as the engine answers it.
   */
  add(policy: t.SchedulingPolicyInit, opts: RequestOptions = {}): Promise<t.SchedulingPolicy> {
    const refused = checkParameters(ADD_PARAMETERS, opts, policy);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(policy, 'scheduling_policy', {}, opts) as Promise<t.SchedulingPolicy>;
  }

  /**
   * Lists the `scheduling_policy` objects: sends `GET /schedulingpolicies` and reads the `<scheduling_policies>` the engine answers, one item per `<scheduling_policy>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policies/methods/list | reference: scheduling_policies.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SchedulingPoliciesServiceListOptions}).
   * @returns The `policies`: a list of `SchedulingPolicy`.
   */
  list(opts: SchedulingPoliciesServiceListOptions = {}): Promise<List<t.SchedulingPolicy>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.SchedulingPolicy>>;
  }

  /**
   * Like {@link SchedulingPoliciesService.list} (it sends `GET /schedulingpolicies` with the same options), but yields
   * each `scheduling_policy` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policies/methods/list | reference: scheduling_policies.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: SchedulingPoliciesServiceListOptions = {}): AsyncGenerator<t.SchedulingPolicy, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'SchedulingPoliciesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.SchedulingPolicy, void, undefined>;
  }

  /**
   * Locates the `scheduling_policy` service at `{policy_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy | reference: scheduling_policy}
   */
  policyService(id: string | number): SchedulingPolicyService {
    return new SchedulingPolicyService(this.connection, `${this.path}/${idSegment(id, 'SchedulingPoliciesService.policyService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.policyService(decodeURIComponent(head)).service(rest);
  }
}
