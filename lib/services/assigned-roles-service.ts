// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { RoleService } from './role-service';

/**
 * Options of {@link AssignedRolesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_roles/methods/list | reference: assigned_roles.list}
 */
export interface AssignedRolesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /groups/{group_id}/roles` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_roles/methods/list | reference: assigned_roles.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /groups/{group_id}/roles` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_roles/methods/list | reference: assigned_roles.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('AssignedRolesService.list', { max: 'integer', follow: 'string' });

/**
 * The `assigned_roles` service of the API.
 *
 * Path below the API root: `/groups/{group_id}/roles` (and 1 other, such as `/users/{user_id}/roles`).
 * Reached with `connection.systemService().groupsService().groupService(id).rolesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_roles | reference: assigned_roles}
 */
export class AssignedRolesService extends Service {
  /**
   * Lists the `role` objects: sends `GET /groups/{group_id}/roles` (or the same below any other of the service's 2 paths) and reads the `<roles>` the engine answers, one item per `<role>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_roles/methods/list | reference: assigned_roles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedRolesServiceListOptions}).
   * @returns The `roles`: a list of `Role`.
   */
  list(opts: AssignedRolesServiceListOptions = {}): Promise<List<t.Role>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Role>>;
  }

  /**
   * Like {@link AssignedRolesService.list} (it sends `GET /groups/{group_id}/roles` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `role` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_roles/methods/list | reference: assigned_roles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: AssignedRolesServiceListOptions = {}): AsyncGenerator<t.Role, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AssignedRolesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Role, void, undefined>;
  }

  /**
   * Locates the `role` service at `{role_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/role | reference: role}
   */
  roleService(id: string | number): RoleService {
    return new RoleService(this.connection, `${this.path}/${idSegment(id, 'AssignedRolesService.roleService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.roleService(decodeURIComponent(head)).service(rest);
  }
}
