// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ExternalHostGroupService } from './external-host-group-service';

/** Options of {@link ExternalHostGroupsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface ExternalHostGroupsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_groups/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_groups/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ExternalHostGroupsService.list', { max: 'integer', follow: 'string' });

/**
 * The `external_host_groups` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_groups}
 */
export class ExternalHostGroupsService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_groups/methods/list}
   * @returns The `groups` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_groups/methods/list/parameters/groups}
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
   * Like {@link ExternalHostGroupsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_groups/methods/list}
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

  /** Locates the `group` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_group}); sends no request. */
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
