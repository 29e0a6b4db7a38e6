// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmApplicationService } from './vm-application-service';

/** Options of {@link VmApplicationsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface VmApplicationsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_applications/methods/list/parameters/max} */
  max?: number;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_applications/methods/list/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_applications/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('VmApplicationsService.list', { max: 'integer', filter: 'boolean', follow: 'string' });

/**
 * The `vm_applications` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_applications}
 */
export class VmApplicationsService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_applications/methods/list}
   * @returns The `applications` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_applications/methods/list/parameters/applications}
   */
  list(opts: VmApplicationsServiceListOptions = {}): Promise<List<t.Application>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Application>>;
  }

  /**
   * Like {@link VmApplicationsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_applications/methods/list}
   */
  listStream(opts: VmApplicationsServiceListOptions = {}): AsyncGenerator<t.Application, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmApplicationsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Application, void, undefined>;
  }

  /** Locates the `application` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_application}); sends no request. */
  applicationService(id: string | number): VmApplicationService {
    return new VmApplicationService(this.connection, `${this.path}/${idSegment(id, 'VmApplicationsService.applicationService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.applicationService(decodeURIComponent(head)).service(rest);
  }
}
