// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AffinityGroupService } from './affinity-group-service';

/** Options of {@link AffinityGroupsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface AffinityGroupsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_groups/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_groups/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AffinityGroupsService.add', {}, ['affinityGroup', t.AffinityGroup]);
const LIST_PARAMETERS = methodParameters('AffinityGroupsService.list', { max: 'integer', follow: 'string' });

/**
 * The `affinity_groups` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_groups}
 */
export class AffinityGroupsService extends Service {
  /**
   * Adds an object: `POST` of `<affinity_group>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_groups/methods/add}
   * @param group The `group` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_groups/methods/add/parameters/group}
   */
  add(group: t.AffinityGroupInit, opts: RequestOptions = {}): Promise<t.AffinityGroup> {
    const refused = checkParameters(ADD_PARAMETERS, opts, group);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(group, 'affinity_group', {}, opts) as Promise<t.AffinityGroup>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_groups/methods/list}
   * @returns The `groups` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_groups/methods/list/parameters/groups}
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
   * Like {@link AffinityGroupsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_groups/methods/list}
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

  /** Locates the `group` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group}); sends no request. */
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
