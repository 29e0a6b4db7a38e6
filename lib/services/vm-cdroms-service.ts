// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmCdromService } from './vm-cdrom-service';

/**
 * Options of {@link VmCdromsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdroms/methods/list | reference: vm_cdroms.list}
 */
export interface VmCdromsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vms/{vm_id}/cdroms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdroms/methods/list | reference: vm_cdroms.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/cdroms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdroms/methods/list | reference: vm_cdroms.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VmCdromsService.add', {}, ['cdrom', t.Cdrom]);
const LIST_PARAMETERS = methodParameters('VmCdromsService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_cdroms` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/cdroms`.
 * Reached with `connection.systemService().vmsService().vmService(id).cdromsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdroms | reference: vm_cdroms}
 */
export class VmCdromsService extends Service {
  /**
   * Adds a `cdrom`: sends `POST /vms/{vm_id}/cdroms` with it as the `<cdrom>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `cdrom.file.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdroms/methods/add | reference: vm_cdroms.add}
   * @param cdrom The `cdrom` to send: `CdromInit` (a `Cdrom` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `cdrom` as the engine answers it.
   */
  add(cdrom: t.CdromInit, opts: RequestOptions = {}): Promise<t.Cdrom> {
    const refused = checkParameters(ADD_PARAMETERS, opts, cdrom);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(cdrom, 'cdrom', {}, opts) as Promise<t.Cdrom>;
  }

  /**
   * Lists the `cdrom` objects: sends `GET /vms/{vm_id}/cdroms` and reads the `<cdroms>` the engine answers, one item per `<cdrom>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdroms/methods/list | reference: vm_cdroms.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmCdromsServiceListOptions}).
   * @returns The `cdroms`: a list of `Cdrom`.
   */
  list(opts: VmCdromsServiceListOptions = {}): Promise<List<t.Cdrom>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Cdrom>>;
  }

  /**
   * Like {@link VmCdromsService.list} (it sends `GET /vms/{vm_id}/cdroms` with the same options), but yields
   * each `cdrom` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdroms/methods/list | reference: vm_cdroms.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: VmCdromsServiceListOptions = {}): AsyncGenerator<t.Cdrom, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmCdromsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Cdrom, void, undefined>;
  }

  /**
   * Locates the `vm_cdrom` service at `{cdrom_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdrom | reference: vm_cdrom}
   */
  cdromService(id: string | number): VmCdromService {
    return new VmCdromService(this.connection, `${this.path}/${idSegment(id, 'VmCdromsService.cdromService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.cdromService(decodeURIComponent(head)).service(rest);
  }
}
