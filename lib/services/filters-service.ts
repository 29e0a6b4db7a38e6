// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { FilterService } from './filter-service';

/**
 * Options of {@link FiltersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filters/methods/list | reference: filters.list}
 */
export interface FiltersServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /schedulingpolicies/{policy_id}/filters`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filters/methods/list | reference: filters.list}
   */
  max?: number;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /schedulingpolicies/{policy_id}/filters`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filters/methods/list | reference: filters.list}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /schedulingpolicies/{policy_id}/filters`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filters/methods/list | reference: filters.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('FiltersService.add', {}, ['filter', t.Filter]);
const LIST_PARAMETERS = methodParameters('FiltersService.list', { max: 'integer', filter: 'boolean', follow: 'string' });

/**
 * The `filters` service of the API.
 *
 * Path below the API root: `/schedulingpolicies/{policy_id}/filters`.
 * Reached with `connection.systemService().schedulingPoliciesService().policyService(id).filtersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filters | reference: filters}
 */
export class FiltersService extends Service {
  /**
   * Adds a `filter`: sends `POST /schedulingpolicies/{policy_id}/filters` with it as the `<filter>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `filter.schedulingPolicyUnit.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filters/methods/add | reference: filters.add}
   * @param filter The `filter` to send: `FilterInit` (a `Filter` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `filter` as the engine answers it.
   */
  add(filter: t.FilterInit, opts: RequestOptions = {}): Promise<t.Filter> {
    const refused = checkParameters(ADD_PARAMETERS, opts, filter);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(filter, 'filter', {}, opts) as Promise<t.Filter>;
  }

  /**
   * Lists the `filter` objects: sends `GET /schedulingpolicies/{policy_id}/filters` and reads the `<filters>` the engine answers, one item per `<filter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filters/methods/list | reference: filters.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link FiltersServiceListOptions}).
   * @returns The `filters`: a list of `Filter`.
   */
  list(opts: FiltersServiceListOptions = {}): Promise<List<t.Filter>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Filter>>;
  }

  /**
   * Like {@link FiltersService.list} (it sends `GET /schedulingpolicies/{policy_id}/filters` with the same options), but yields
   * each `filter` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filters/methods/list | reference: filters.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: FiltersServiceListOptions = {}): AsyncGenerator<t.Filter, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'FiltersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Filter, void, undefined>;
  }

  /**
   * Locates the `filter` service at `{filter_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/filter | reference: filter}
   */
  filterService(id: string | number): FilterService {
    return new FilterService(this.connection, `${this.path}/${idSegment(id, 'FiltersService.filterService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.filterService(decodeURIComponent(head)).service(rest);
  }
}
