// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { PermitService } from './permit-service';

/** Options of {@link PermitsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface PermitsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/permits/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/permits/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('PermitsService.add', {}, ['permit', t.Permit]);
const LIST_PARAMETERS = methodParameters('PermitsService.list', { max: 'integer', follow: 'string' });

/**
 * The `permits` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/permits}
 */
export class PermitsService extends Service {
  /**
   * Adds an object: `POST` of `<permit>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/permits/methods/add}
   * @param permit The `permit` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/permits/methods/add/parameters/permit}
   */
  add(permit: t.PermitInit, opts: RequestOptions = {}): Promise<t.Permit> {
    const refused = checkParameters(ADD_PARAMETERS, opts, permit);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permit, 'permit', {}, opts) as Promise<t.Permit>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/permits/methods/list}
   * @returns The `permits` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/permits/methods/list/parameters/permits}
   */
  list(opts: PermitsServiceListOptions = {}): Promise<List<t.Permit>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Permit>>;
  }

  /**
   * Like {@link PermitsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/permits/methods/list}
   */
  listStream(opts: PermitsServiceListOptions = {}): AsyncGenerator<t.Permit, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'PermitsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Permit, void, undefined>;
  }

  /** Locates the `permit` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/permit}); sends no request. */
  permitService(id: string | number): PermitService {
    return new PermitService(this.connection, `${this.path}/${idSegment(id, 'PermitsService.permitService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.permitService(decodeURIComponent(head)).service(rest);
  }
}
