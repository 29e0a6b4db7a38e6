// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DomainGroupService } from './domain-group-service';

/**
 * Options of {@link DomainGroupsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_groups/methods/list | reference: domain_groups.list}
 */
export interface DomainGroupsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /domains/{domain_id}/groups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_groups/methods/list | reference: domain_groups.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /domains/{domain_id}/groups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_groups/methods/list | reference: domain_groups.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /domains/{domain_id}/groups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_groups/methods/list | reference: domain_groups.list}
   */
  caseSensitive?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /domains/{domain_id}/groups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_groups/methods/list | reference: domain_groups.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('DomainGroupsService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });

/**
 * The `domain_groups` service of the API.
 *
 * Path below the API root: `/domains/{domain_id}/groups`.
 * Reached with `connection.systemService().domainsService().domainService(id).groupsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_groups | reference: domain_groups}
 */
export class DomainGroupsService extends Service {
  /**
   * Lists the `group` objects: sends `GET /domains/{domain_id}/groups` and reads the `<groups>` the engine answers, one item per `<group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_groups/methods/list | reference: domain_groups.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DomainGroupsServiceListOptions}).
   * @returns The `groups`: a list of `Group`.
   */
  list(opts: DomainGroupsServiceListOptions = {}): Promise<List<t.Group>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Group>>;
  }

  /**
   * Like {@link DomainGroupsService.list} (it sends `GET /domains/{domain_id}/groups` with the same options), but yields
   * each `group` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_groups/methods/list | reference: domain_groups.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: DomainGroupsServiceListOptions = {}): AsyncGenerator<t.Group, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'DomainGroupsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Group, void, undefined>;
  }

  /**
   * Locates the `domain_group` service at `{group_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domain_group | reference: domain_group}
   */
  groupService(id: string | number): DomainGroupService {
    return new DomainGroupService(this.connection, `${this.path}/${idSegment(id, 'DomainGroupsService.groupService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.groupService(decodeURIComponent(head)).service(rest);
  }
}
