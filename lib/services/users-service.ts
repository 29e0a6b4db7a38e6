// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { UserService } from './user-service';

/** Options of {@link UsersService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface UsersServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/users/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/users/methods/list/parameters/search} */
  search?: string;
  /** The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/users/methods/list/parameters/case_sensitive} */
  caseSensitive?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/users/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('UsersService.add', {}, ['user', t.User]);
const LIST_PARAMETERS = methodParameters('UsersService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });

/**
 * The `users` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/users}
 */
export class UsersService extends Service {
  /**
   * Adds an object: `POST` of `<user>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/users/methods/add}
   * @param user The `user` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/users/methods/add/parameters/user}
   */
  add(user: t.UserInit, opts: RequestOptions = {}): Promise<t.User> {
    const refused = checkParameters(ADD_PARAMETERS, opts, user);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(user, 'user', {}, opts) as Promise<t.User>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/users/methods/list}
   * @returns The `users` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/users/methods/list/parameters/users}
   */
  list(opts: UsersServiceListOptions = {}): Promise<List<t.User>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.User>>;
  }

  /**
   * Like {@link UsersService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/users/methods/list}
   */
  listStream(opts: UsersServiceListOptions = {}): AsyncGenerator<t.User, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'UsersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.User, void, undefined>;
  }

  /** Locates the `user` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/user}); sends no request. */
  userService(id: string | number): UserService {
    return new UserService(this.connection, `${this.path}/${idSegment(id, 'UsersService.userService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.userService(decodeURIComponent(head)).service(rest);
  }
}
