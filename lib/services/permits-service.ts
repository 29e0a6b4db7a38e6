// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { PermitService } from './permit-service';

/**
 * Options of {@link PermitsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permits/methods/list | reference: permits.list}
 */
export interface PermitsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /roles/{role_id}/permits` (or the same below any other of the service's 3 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permits/methods/list | reference: permits.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /roles/{role_id}/permits` (or the same below any other of the service's 3 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permits/methods/list | reference: permits.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('PermitsService.add', {}, ['permit', t.Permit]);
const LIST_PARAMETERS = methodParameters('PermitsService.list', { max: 'integer', follow: 'string' });

/**
 * The `permits` service of the API.
 *
 * Path below the API root: `/roles/{role_id}/permits` (and 2 others, such as `/groups/{group_id}/roles/{role_id}/permits`).
 * Reached with `connection.systemService().rolesService().roleService(id).permitsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permits | reference: permits}
 */
export class PermitsService extends Service {
  /**
   * Adds a `permit`: sends `POST /roles/{role_id}/permits` (or the same below any other of the service's 3 paths) with it as the `<permit>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `permit.id` or `permit.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permits/methods/add | reference: permits.add}
   * @param permit The `permit` to send: `PermitInit` (a `Permit` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `permit` as the engine answers it.
   */
  add(permit: t.PermitInit, opts: RequestOptions = {}): Promise<t.Permit> {
    const refused = checkParameters(ADD_PARAMETERS, opts, permit);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permit, 'permit', {}, opts) as Promise<t.Permit>;
  }

  /**
   * Lists the `permit` objects: sends `GET /roles/{role_id}/permits` (or the same below any other of the service's 3 paths) and reads the `<permits>` the engine answers, one item per `<permit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permits/methods/list | reference: permits.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link PermitsServiceListOptions}).
   * @returns The `permits`: a list of `Permit`.
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
   * Like {@link PermitsService.list} (it sends `GET /roles/{role_id}/permits` (or the same below any other of the service's 3 paths) with the same options), but yields
   * each `permit` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permits/methods/list | reference: permits.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `permit` service at `{permit_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permit | reference: permit}
   */
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
