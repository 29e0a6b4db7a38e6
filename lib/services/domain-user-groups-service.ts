// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';

/**
 * Options of {@link DomainUserGroupsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_user_groups/methods/list | reference: domain_user_groups.list}
 */
export interface DomainUserGroupsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /users/{user_id}/groups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_user_groups/methods/list | reference: domain_user_groups.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('DomainUserGroupsService.list', { follow: 'string' });

/**
 * The `domain_user_groups` service of the API.
 *
 * Path below the API root: `/users/{user_id}/groups`.
 * Reached with `connection.systemService().usersService().userService(id).groupsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_user_groups | reference: domain_user_groups}
 * @since API 4.2.3
 */
export class DomainUserGroupsService extends Service {
  /**
   * Lists the `group` objects: sends `GET /users/{user_id}/groups` and reads the `<groups>` the engine answers, one item per `<group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_user_groups/methods/list | reference: domain_user_groups.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DomainUserGroupsServiceListOptions}).
   * @returns The `groups`: a list of `Group`.
   * @since API 4.2.3
   */
  list(opts: DomainUserGroupsServiceListOptions = {}): Promise<List<t.Group>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Group>>;
  }

  /**
   * Like {@link DomainUserGroupsService.list} (it sends `GET /users/{user_id}/groups` with the same options), but yields
   * each `group` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_user_groups/methods/list | reference: domain_user_groups.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.2.3
   */
  listStream(opts: DomainUserGroupsServiceListOptions = {}): AsyncGenerator<t.Group, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'DomainUserGroupsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Group, void, undefined>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
