// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { UserService } from './user-service';

/**
 * Options of {@link UsersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/users/methods/list | reference: users.list}
 */
export interface UsersServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /users`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/users/methods/list | reference: users.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /users`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/users/methods/list | reference: users.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /users`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/users/methods/list | reference: users.list}
   */
  caseSensitive?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /users`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/users/methods/list | reference: users.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('UsersService.add', {}, ['user', t.User]);
const LIST_PARAMETERS = methodParameters('UsersService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });

/**
 * The `users` service of the API.
 *
 * Path below the API root: `/users`.
 * Reached with `connection.systemService().usersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/users | reference: users}
 */
export class UsersService extends Service {
  /**
   * Adds a `user`: sends `POST /users` with it as the `<user>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `user.userName`
   * - when `user.userName` matches `^[^@]*@?$`: `user.domain.id` or `user.domain.name`
   *
   * Also accepts: `user.namespace`, `user.principal`.
   *
   * Rule: the engine's check, BackendUsersResource.add: validateParameters(user, "userName").
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/users/methods/add | reference: users.add}
   * @param user The `user` to send: `UserInit` (a `User` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `user` as the engine answers it.
   */
  add(user: t.UserInit, opts: RequestOptions = {}): Promise<t.User> {
    const refused = checkParameters(ADD_PARAMETERS, opts, user);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(user, 'user', {}, opts) as Promise<t.User>;
  }

  /**
   * Lists the `user` objects: sends `GET /users` and reads the `<users>` the engine answers, one item per `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/users/methods/list | reference: users.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link UsersServiceListOptions}).
   * @returns The `users`: a list of `User`.
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
   * Like {@link UsersService.list} (it sends `GET /users` with the same options), but yields
   * each `user` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/users/methods/list | reference: users.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `user` service at `{user_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/user | reference: user}
   */
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
