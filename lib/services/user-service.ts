// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { AssignedRolesService } from './assigned-roles-service';
import { AssignedTagsService } from './assigned-tags-service';
import { DomainUserGroupsService } from './domain-user-groups-service';
import { EventSubscriptionsService } from './event-subscriptions-service';
import { SshPublicKeysService } from './ssh-public-keys-service';
import { UserOptionsService } from './user-options-service';

/**
 * Options of {@link UserService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user/methods/get | reference: user.get}
 */
export interface UserServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /users/{user_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user/methods/get | reference: user.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link UserService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user/methods/remove | reference: user.remove}
 */
export interface UserServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /users/{user_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user/methods/remove | reference: user.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('UserService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('UserService.update', {}, ['user', t.User]);
const REMOVE_PARAMETERS = methodParameters('UserService.remove', { async: 'boolean' });

/**
 * The `user` service of the API.
 *
 * Path below the API root: `/users/{user_id}`.
 * Reached with `connection.systemService().usersService().userService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user | reference: user}
 */
export class UserService extends Service {
  /**
   * Retrieves the `user`: sends `GET /users/{user_id}` and reads the `<user>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user/methods/get | reference: user.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link UserServiceGetOptions}).
   * @returns The `user`: `User`.
   */
  get(opts: UserServiceGetOptions = {}): Promise<t.User> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.User>;
  }

  /**
   * Updates the `user`: sends `PUT /users/{user_id}` with the `<user>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `user.userOptions`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user/methods/update | reference: user.update}
   * @param user The `user` to send: `UserInit` (a `User` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `user` as the engine answers it.
   * @since API 4.4
   * @deprecated The API model marks it deprecated.
   */
  update(user: t.UserInit, opts: RequestOptions = {}): Promise<t.User> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, user);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(user, 'user', {}, opts) as Promise<t.User>;
  }

  /**
   * Removes: sends `DELETE /users/{user_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user/methods/remove | reference: user.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link UserServiceRemoveOptions}).
   */
  remove(opts: UserServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `domain_user_groups` service at `groups` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_user_groups | reference: domain_user_groups}
   */
  groupsService(): DomainUserGroupsService {
    return new DomainUserGroupsService(this.connection, `${this.path}/groups`);
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

  /**
   * Locates the `ssh_public_keys` service at `sshpublickeys` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_keys | reference: ssh_public_keys}
   */
  sshPublicKeysService(): SshPublicKeysService {
    return new SshPublicKeysService(this.connection, `${this.path}/sshpublickeys`);
  }

  /**
   * Locates the `user_options` service at `options` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user_options | reference: user_options}
   * @since API 4.4.5
   */
  optionsService(): UserOptionsService {
    return new UserOptionsService(this.connection, `${this.path}/options`);
  }

  /**
   * Locates the `event_subscriptions` service at `eventsubscriptions` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscriptions | reference: event_subscriptions}
   * @since API 4.4.0
   */
  eventSubscriptionsService(): EventSubscriptionsService {
    return new EventSubscriptionsService(this.connection, `${this.path}/eventsubscriptions`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'groups': return this.groupsService().service(rest);
      case 'roles': return this.rolesService().service(rest);
      case 'permissions': return this.permissionsService().service(rest);
      case 'tags': return this.tagsService().service(rest);
      case 'sshpublickeys': return this.sshPublicKeysService().service(rest);
      case 'options': return this.optionsService().service(rest);
      case 'eventsubscriptions': return this.eventSubscriptionsService().service(rest);
    }
    return super.service(path);
  }
}
