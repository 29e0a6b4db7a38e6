// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { AssignedRolesService } from './assigned-roles-service';
import { AssignedTagsService } from './assigned-tags-service';

/**
 * Options of {@link GroupService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/group/methods/get | reference: group.get}
 */
export interface GroupServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /groups/{group_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/group/methods/get | reference: group.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link GroupService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/group/methods/remove | reference: group.remove}
 */
export interface GroupServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /groups/{group_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/group/methods/remove | reference: group.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('GroupService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('GroupService.remove', { async: 'boolean' });

/**
 * The `group` service of the API.
 *
 * Path below the API root: `/groups/{group_id}`.
 * Reached with `connection.systemService().groupsService().groupService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/group | reference: group}
 */
export class GroupService extends Service {
  /**
   * Retrieves the `group`: sends `GET /groups/{group_id}` and reads the `<group>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/group/methods/get | reference: group.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GroupServiceGetOptions}).
   * @returns The `get`: `Group`.
   */
  get(opts: GroupServiceGetOptions = {}): Promise<t.Group> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Group>;
  }

  /**
   * Removes: sends `DELETE /groups/{group_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/group/methods/remove | reference: group.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GroupServiceRemoveOptions}).
   */
  remove(opts: GroupServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `assigned_roles` service at `roles` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_roles | reference: assigned_roles}
   */
  rolesService(): AssignedRolesService {
    return new AssignedRolesService(this.connection, `${this.path}/roles`);
  }

  /**
   * Locates the `assigned_permissions` service at `permissions` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions | reference: assigned_permissions}
   */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /**
   * Locates the `assigned_tags` service at `tags` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tags | reference: assigned_tags}
   */
  tagsService(): AssignedTagsService {
    return new AssignedTagsService(this.connection, `${this.path}/tags`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'roles': return this.rolesService().service(rest);
      case 'permissions': return this.permissionsService().service(rest);
      case 'tags': return this.tagsService().service(rest);
    }
    return super.service(path);
  }
}
