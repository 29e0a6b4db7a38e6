// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link DomainGroupService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_group/methods/get | reference: domain_group.get}
 */
export interface DomainGroupServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /domains/{domain_id}/groups/{group_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_group/methods/get | reference: domain_group.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('DomainGroupService.get', { follow: 'string' });

/**
 * The `domain_group` service of the API.
 *
 * Path below the API root: `/domains/{domain_id}/groups/{group_id}`.
 * Reached with `connection.systemService().domainsService().domainService(id).groupsService().groupService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_group | reference: domain_group}
 */
export class DomainGroupService extends Service {
  /**
   * Retrieves the `group`: sends `GET /domains/{domain_id}/groups/{group_id}` and reads the `<group>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_group/methods/get | reference: domain_group.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DomainGroupServiceGetOptions}).
   * @returns The `get`: `Group`.
   */
  get(opts: DomainGroupServiceGetOptions = {}): Promise<t.Group> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Group>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
