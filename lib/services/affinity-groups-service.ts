// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AffinityGroupService } from './affinity-group-service';

/**
 * Options of {@link AffinityGroupsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_groups/methods/list | reference: affinity_groups.list}
 */
export interface AffinityGroupsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /clusters/{cluster_id}/affinitygroups` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_groups/methods/list | reference: affinity_groups.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/affinitygroups` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_groups/methods/list | reference: affinity_groups.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AffinityGroupsService.add', {}, ['affinityGroup', t.AffinityGroup]);
const LIST_PARAMETERS = methodParameters('AffinityGroupsService.list', { max: 'integer', follow: 'string' });

/**
 * The `affinity_groups` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/affinitygroups` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/affinitygroups`).
 * Reached with `connection.systemService().clustersService().clusterService(id).affinityGroupsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_groups | reference: affinity_groups}
 */
export class AffinityGroupsService extends Service {
  /**
   * Adds a `affinity_group`: sends `POST /clusters/{cluster_id}/affinitygroups` (or the same below any other of the service's 2 paths) with it as the `<affinity_group>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `group.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_groups/methods/add | reference: affinity_groups.add}
   * @param group The `group` to send: `AffinityGroupInit` (a `AffinityGroup` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `affinity_group` as the engine answers it.
   */
  add(group: t.AffinityGroupInit, opts: RequestOptions = {}): Promise<t.AffinityGroup> {
    const refused = checkParameters(ADD_PARAMETERS, opts, group);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(group, 'affinity_group', {}, opts) as Promise<t.AffinityGroup>;
  }

  /**
   * Lists the `affinity_group` objects: sends `GET /clusters/{cluster_id}/affinitygroups` (or the same below any other of the service's 2 paths) and reads the `<affinity_groups>` the engine answers, one item per `<affinity_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_groups/methods/list | reference: affinity_groups.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityGroupsServiceListOptions}).
   * @returns The `groups`: a list of `AffinityGroup`.
   */
  list(opts: AffinityGroupsServiceListOptions = {}): Promise<List<t.AffinityGroup>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.AffinityGroup>>;
  }

  /**
   * Like {@link AffinityGroupsService.list} (it sends `GET /clusters/{cluster_id}/affinitygroups` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `affinity_group` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_groups/methods/list | reference: affinity_groups.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: AffinityGroupsServiceListOptions = {}): AsyncGenerator<t.AffinityGroup, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AffinityGroupsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.AffinityGroup, void, undefined>;
  }

  /**
   * Locates the `affinity_group` service at `{group_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group | reference: affinity_group}
   */
  groupService(id: string | number): AffinityGroupService {
    return new AffinityGroupService(this.connection, `${this.path}/${idSegment(id, 'AffinityGroupsService.groupService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.groupService(decodeURIComponent(head)).service(rest);
  }
}
