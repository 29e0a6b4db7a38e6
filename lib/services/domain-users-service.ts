// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DomainUserService } from './domain-user-service';

/**
 * Options of {@link DomainUsersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_users/methods/list | reference: domain_users.list}
 */
export interface DomainUsersServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /domains/{domain_id}/users`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_users/methods/list | reference: domain_users.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /domains/{domain_id}/users`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_users/methods/list | reference: domain_users.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /domains/{domain_id}/users`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_users/methods/list | reference: domain_users.list}
   */
  caseSensitive?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /domains/{domain_id}/users`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_users/methods/list | reference: domain_users.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('DomainUsersService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });

/**
 * The `domain_users` service of the API.
 *
 * Path below the API root: `/domains/{domain_id}/users`.
 * Reached with `connection.systemService().domainsService().domainService(id).usersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_users | reference: domain_users}
 */
export class DomainUsersService extends Service {
  /**
   * Lists the `user` objects: sends `GET /domains/{domain_id}/users` and reads the `<users>` the engine answers, one item per `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_users/methods/list | reference: domain_users.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DomainUsersServiceListOptions}).
   * @returns The `users`: a list of `User`.
   */
  list(opts: DomainUsersServiceListOptions = {}): Promise<List<t.User>> {
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
   * Like {@link DomainUsersService.list} (it sends `GET /domains/{domain_id}/users` with the same options), but yields
   * each `user` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_users/methods/list | reference: domain_users.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: DomainUsersServiceListOptions = {}): AsyncGenerator<t.User, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'DomainUsersService.listStream');
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
   * Locates the `domain_user` service at `{user_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_user | reference: domain_user}
   */
  userService(id: string | number): DomainUserService {
    return new DomainUserService(this.connection, `${this.path}/${idSegment(id, 'DomainUsersService.userService')}`);
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
