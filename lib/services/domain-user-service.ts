// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link DomainUserService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_user/methods/get | reference: domain_user.get}
 */
export interface DomainUserServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /domains/{domain_id}/users/{user_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_user/methods/get | reference: domain_user.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('DomainUserService.get', { follow: 'string' });

/**
 * The `domain_user` service of the API.
 *
 * Path below the API root: `/domains/{domain_id}/users/{user_id}`.
 * Reached with `connection.systemService().domainsService().domainService(id).usersService().userService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_user | reference: domain_user}
 */
export class DomainUserService extends Service {
  /**
   * Retrieves the `user`: sends `GET /domains/{domain_id}/users/{user_id}` and reads the `<user>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_user/methods/get | reference: domain_user.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DomainUserServiceGetOptions}).
   * @returns The `user`: `User`.
   */
  get(opts: DomainUserServiceGetOptions = {}): Promise<t.User> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.User>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
