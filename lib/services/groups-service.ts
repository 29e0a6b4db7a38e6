// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { GroupService } from './group-service';

/**
 * Options of {@link GroupsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/groups/methods/list | reference: groups.list}
 */
export interface GroupsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /groups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/groups/methods/list | reference: groups.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /groups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/groups/methods/list | reference: groups.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /groups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/groups/methods/list | reference: groups.list}
   */
  caseSensitive?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /groups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/groups/methods/list | reference: groups.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('GroupsService.add', {}, ['group', t.Group]);
const LIST_PARAMETERS = methodParameters('GroupsService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });

/**
 * The `groups` service of the API.
 *
 * Path below the API root: `/groups`.
 * Reached with `connection.systemService().groupsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/groups | reference: groups}
 */
export class GroupsService extends Service {
  /**
   * Adds a `group`: sends `POST /groups` with it as the `<group>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `group.name`
   *
   * Also accepts: `group.namespace`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/groups/methods/add | reference: groups.add}
   * @param group The `group` to send: `GroupInit` (a `Group` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `group` as the engine answers it.
   */
  add(group: t.GroupInit, opts: RequestOptions = {}): Promise<t.Group> {
    const refused = checkParameters(ADD_PARAMETERS, opts, group);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(group, 'group', {}, opts) as Promise<t.Group>;
  }

  /**
   * Lists the `group` objects: sends `GET /groups` and reads the `<groups>` the engine answers, one item per `<group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/groups/methods/list | reference: groups.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GroupsServiceListOptions}).
   * @returns The `groups`: a list of `Group`.
   */
  list(opts: GroupsServiceListOptions = {}): Promise<List<t.Group>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Group>>;
  }

  /**
   * Like {@link GroupsService.list} (it sends `GET /groups` with the same options), but yields
   * each `group` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/groups/methods/list | reference: groups.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: GroupsServiceListOptions = {}): AsyncGenerator<t.Group, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'GroupsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Group, void, undefined>;
  }

  /**
   * Locates the `group` service at `{group_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/group | reference: group}
   */
  groupService(id: string | number): GroupService {
    return new GroupService(this.connection, `${this.path}/${idSegment(id, 'GroupsService.groupService')}`);
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
