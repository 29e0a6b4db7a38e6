// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { DomainGroupsService } from './domain-groups-service';
import { DomainUsersService } from './domain-users-service';

/** Options of {@link DomainService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface DomainServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domain/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('DomainService.get', { follow: 'string' });

/**
 * The `domain` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domain}
 */
export class DomainService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domain/methods/get}
   * @returns The `domain` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domain/methods/get/parameters/domain}
   */
  get(opts: DomainServiceGetOptions = {}): Promise<t.Domain> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Domain>;
  }

  /** Locates the `users` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domain_users}); sends no request. */
  usersService(): DomainUsersService {
    return new DomainUsersService(this.connection, `${this.path}/users`);
  }

  /** Locates the `groups` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domain_groups}); sends no request. */
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
