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

/** Options of {@link UserService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface UserServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link UserService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface UserServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('UserService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('UserService.update', {}, ['user', t.User]);
const REMOVE_PARAMETERS = methodParameters('UserService.remove', { async: 'boolean' });

/**
 * The `user` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user}
 */
export class UserService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user/methods/get}
   * @returns The `user` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user/methods/get/parameters/user}
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
   * Updates the object: `PUT` of `<user>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user/methods/update}
   * @param user The `user` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user/methods/update/parameters/user}
   * @since API 4.4
   * @deprecated The model marks it deprecated.
   */
  update(user: t.UserInit, opts: RequestOptions = {}): Promise<t.User> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, user);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(user, 'user', {}, opts) as Promise<t.User>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user/methods/remove}
   */
  remove(opts: UserServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `groups` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domain_user_groups}); sends no request. */
  groupsService(): DomainUserGroupsService {
    return new DomainUserGroupsService(this.connection, `${this.path}/groups`);
  }

  /** Locates the `roles` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_roles}); sends no request. */
  rolesService(): AssignedRolesService {
    return new AssignedRolesService(this.connection, `${this.path}/roles`);
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request. */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /** Locates the `tags` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tags}); sends no request. */
  tagsService(): AssignedTagsService {
    return new AssignedTagsService(this.connection, `${this.path}/tags`);
  }

  /** Locates the `ssh_public_keys` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_keys}); sends no request. */
  sshPublicKeysService(): SshPublicKeysService {
    return new SshPublicKeysService(this.connection, `${this.path}/sshpublickeys`);
  }

  /**
   * Locates the `options` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user_options}); sends no request.
   * @since API 4.4.5
   */
  optionsService(): UserOptionsService {
    return new UserOptionsService(this.connection, `${this.path}/options`);
  }

  /**
   * Locates the `event_subscriptions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscriptions}); sends no request.
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
