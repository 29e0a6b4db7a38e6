// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { SchedulingPolicyService } from './scheduling-policy-service';

/** Options of {@link SchedulingPoliciesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface SchedulingPoliciesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policies/methods/list/parameters/max} */
  max?: number;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policies/methods/list/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policies/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('SchedulingPoliciesService.add', {}, ['schedulingPolicy', t.SchedulingPolicy]);
const LIST_PARAMETERS = methodParameters('SchedulingPoliciesService.list', { max: 'integer', filter: 'boolean', follow: 'string' });

/**
 * The `scheduling_policies` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policies}
 */
export class SchedulingPoliciesService extends Service {
  /**
   * Adds an object: `POST` of `<scheduling_policy>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policies/methods/add}
   * @param policy The `policy` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policies/methods/add/parameters/policy}
   */
  add(policy: t.SchedulingPolicyInit, opts: RequestOptions = {}): Promise<t.SchedulingPolicy> {
    const refused = checkParameters(ADD_PARAMETERS, opts, policy);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(policy, 'scheduling_policy', {}, opts) as Promise<t.SchedulingPolicy>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policies/methods/list}
   * @returns The `policies` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policies/methods/list/parameters/policies}
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
   * Like {@link SchedulingPoliciesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policies/methods/list}
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

  /** Locates the `policy` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policy}); sends no request. */
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
