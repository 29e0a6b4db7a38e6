// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ExternalHostGroupService } from './external-host-group-service';

/**
 * Options of {@link ExternalHostGroupsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_groups/methods/list | reference: external_host_groups.list}
 */
export interface ExternalHostGroupsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /externalhostproviders/{provider_id}/hostgroups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_groups/methods/list | reference: external_host_groups.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /externalhostproviders/{provider_id}/hostgroups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_groups/methods/list | reference: external_host_groups.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ExternalHostGroupsService.list', { max: 'integer', follow: 'string' });

/**
 * The `external_host_groups` service of the API.
 *
 * Path below the API root: `/externalhostproviders/{provider_id}/hostgroups`.
 * Reached with `connection.systemService().externalHostProvidersService().providerService(id).hostGroupsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_groups | reference: external_host_groups}
 */
export class ExternalHostGroupsService extends Service {
  /**
   * Lists the `external_host_group` objects: sends `GET /externalhostproviders/{provider_id}/hostgroups` and reads the `<external_host_groups>` the engine answers, one item per `<external_host_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_groups/methods/list | reference: external_host_groups.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalHostGroupsServiceListOptions}).
   * @returns The `groups`: a list of `ExternalHostGroup`.
   */
  list(opts: ExternalHostGroupsServiceListOptions = {}): Promise<List<t.ExternalHostGroup>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ExternalHostGroup>>;
  }

  /**
   * Like {@link ExternalHostGroupsService.list} (it sends `GET /externalhostproviders/{provider_id}/hostgroups` with the same options), but yields
   * each `external_host_group` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_groups/methods/list | reference: external_host_groups.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: ExternalHostGroupsServiceListOptions = {}): AsyncGenerator<t.ExternalHostGroup, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ExternalHostGroupsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ExternalHostGroup, void, undefined>;
  }

  /**
   * Locates the `external_host_group` service at `{group_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_group | reference: external_host_group}
   */
  groupService(id: string | number): ExternalHostGroupService {
    return new ExternalHostGroupService(this.connection, `${this.path}/${idSegment(id, 'ExternalHostGroupsService.groupService')}`);
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
