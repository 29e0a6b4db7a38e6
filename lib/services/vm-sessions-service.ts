// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmSessionService } from './vm-session-service';

/** Options of {@link VmSessionsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface VmSessionsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_sessions/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_sessions/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('VmSessionsService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_sessions` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_sessions}
 */
export class VmSessionsService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_sessions/methods/list}
   * @returns The `sessions` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_sessions/methods/list/parameters/sessions}
   */
  list(opts: VmSessionsServiceListOptions = {}): Promise<List<t.Session>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Session>>;
  }

  /**
   * Like {@link VmSessionsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_sessions/methods/list}
   */
  listStream(opts: VmSessionsServiceListOptions = {}): AsyncGenerator<t.Session, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmSessionsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Session, void, undefined>;
  }

  /** Locates the `session` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_session}); sends no request. */
  sessionService(id: string | number): VmSessionService {
    return new VmSessionService(this.connection, `${this.path}/${idSegment(id, 'VmSessionsService.sessionService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.sessionService(decodeURIComponent(head)).service(rest);
  }
}
