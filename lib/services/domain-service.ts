// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { DomainGroupsService } from './domain-groups-service';
import { DomainUsersService } from './domain-users-service';

/**
 * Options of {@link DomainService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain/methods/get | reference: domain.get}
 */
export interface DomainServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /domains/{domain_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain/methods/get | reference: domain.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('DomainService.get', { follow: 'string' });

/**
 * The `domain` service of the API.
 *
 * Path below the API root: `/domains/{domain_id}`.
 * Reached with `connection.systemService().domainsService().domainService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain | reference: domain}
 */
export class DomainService extends Service {
  /**
   * Retrieves the `domain`: sends `GET /domains/{domain_id}` and reads the `<domain>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain/methods/get | reference: domain.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DomainServiceGetOptions}).
   * @returns The `domain`: `Domain`.
   */
  get(opts: DomainServiceGetOptions = {}): Promise<t.Domain> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Domain>;
  }

  /**
   * Locates the `domain_users` service at `users` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_users | reference: domain_users}
   */
  usersService(): DomainUsersService {
    return new DomainUsersService(this.connection, `${this.path}/users`);
  }

  /**
   * Locates the `domain_groups` service at `groups` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_groups | reference: domain_groups}
   */
  groupsService(): DomainGroupsService {
    return new DomainGroupsService(this.connection, `${this.path}/groups`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'users': return this.usersService().service(rest);
      case 'groups': return this.groupsService().service(rest);
    }
    return super.service(path);
  }
}
