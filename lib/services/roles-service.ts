// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { RoleService } from './role-service';

/**
 * Options of {@link RolesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/roles/methods/list | reference: roles.list}
 */
export interface RolesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /roles`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/roles/methods/list | reference: roles.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /roles`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/roles/methods/list | reference: roles.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('RolesService.add', {}, ['role', t.Role]);
const LIST_PARAMETERS = methodParameters('RolesService.list', { max: 'integer', follow: 'string' });

/**
 * The `roles` service of the API.
 *
 * Path below the API root: `/roles`.
 * Reached with `connection.systemService().rolesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/roles | reference: roles}
 */
export class RolesService extends Service {
  /**
   * Adds a `role`: sends `POST /roles` with it as the `<role>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `role.name`
   * - `role.permits[].id`
   *
   * Also accepts: `role.administrative`, `role.description`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/roles/methods/add | reference: roles.add}
   * @param role The `role` to send: `RoleInit` (a `Role` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `role` as the engine answers it.
   */
  add(role: t.RoleInit, opts: RequestOptions = {}): Promise<t.Role> {
    const refused = checkParameters(ADD_PARAMETERS, opts, role);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(role, 'role', {}, opts) as Promise<t.Role>;
  }

  /**
   * Lists the `role` objects: sends `GET /roles` and reads the `<roles>` the engine answers, one item per `<role>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/roles/methods/list | reference: roles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link RolesServiceListOptions}).
   * @returns The `roles`: a list of `Role`.
   */
  list(opts: RolesServiceListOptions = {}): Promise<List<t.Role>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Role>>;
  }

  /**
   * Like {@link RolesService.list} (it sends `GET /roles` with the same options), but yields
   * each `role` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/roles/methods/list | reference: roles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: RolesServiceListOptions = {}): AsyncGenerator<t.Role, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'RolesService.listStream');
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
    return new RoleService(this.connection, `${this.path}/${idSegment(id, 'RolesService.roleService')}`);
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
