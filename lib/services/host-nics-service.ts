// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { HostNicService } from './host-nic-service';

/** Options of {@link HostNicsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface HostNicsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nics/methods/list/parameters/max} */
  max?: number;
  /** The `all_content` parameter (query parameter `all_content`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nics/methods/list/parameters/all_content} */
  allContent?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nics/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('HostNicsService.list', { max: 'integer', allContent: 'boolean', follow: 'string' });

/**
 * The `host_nics` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nics}
 */
export class HostNicsService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nics/methods/list}
   * @returns The `nics` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nics/methods/list/parameters/nics}
   */
  list(opts: HostNicsServiceListOptions = {}): Promise<List<t.HostNic>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      all_content: opts.allContent,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.HostNic>>;
  }

  /**
   * Like {@link HostNicsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nics/methods/list}
   */
  listStream(opts: HostNicsServiceListOptions = {}): AsyncGenerator<t.HostNic, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'HostNicsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      all_content: opts.allContent,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.HostNic, void, undefined>;
  }

  /** Locates the `nic` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nic}); sends no request. */
  nicService(id: string | number): HostNicService {
    return new HostNicService(this.connection, `${this.path}/${idSegment(id, 'HostNicsService.nicService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.nicService(decodeURIComponent(head)).service(rest);
  }
}
