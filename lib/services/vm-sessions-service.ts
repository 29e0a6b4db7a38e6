// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmSessionService } from './vm-session-service';

/**
 * Options of {@link VmSessionsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_sessions/methods/list | reference: vm_sessions.list}
 */
export interface VmSessionsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vms/{vm_id}/sessions`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_sessions/methods/list | reference: vm_sessions.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/sessions`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_sessions/methods/list | reference: vm_sessions.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('VmSessionsService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_sessions` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/sessions`.
 * Reached with `connection.systemService().vmsService().vmService(id).sessionsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_sessions | reference: vm_sessions}
 */
export class VmSessionsService extends Service {
  /**
   * Lists the `session` objects: sends `GET /vms/{vm_id}/sessions` and reads the `<sessions>` the engine answers, one item per `<session>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_sessions/methods/list | reference: vm_sessions.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmSessionsServiceListOptions}).
   * @returns The `sessions`: a list of `Session`.
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
   * Like {@link VmSessionsService.list} (it sends `GET /vms/{vm_id}/sessions` with the same options), but yields
   * each `session` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_sessions/methods/list | reference: vm_sessions.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `vm_session` service at `{session_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_session | reference: vm_session}
   */
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
