// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link VmCdromService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdrom/methods/get | reference: vm_cdrom.get}
 */
export interface VmCdromServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `current` of `GET /vms/{vm_id}/cdroms/{cdrom_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdrom/methods/get | reference: vm_cdrom.get}
   */
  current?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/cdroms/{cdrom_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdrom/methods/get | reference: vm_cdrom.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link VmCdromService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdrom/methods/update | reference: vm_cdrom.update}
 */
export interface VmCdromServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `current` of `PUT /vms/{vm_id}/cdroms/{cdrom_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdrom/methods/update | reference: vm_cdrom.update}
   */
  current?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmCdromService.get', { current: 'boolean', follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('VmCdromService.update', { current: 'boolean' }, ['cdrom', t.Cdrom]);

/**
 * The `vm_cdrom` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/cdroms/{cdrom_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).cdromsService().cdromService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdrom | reference: vm_cdrom}
 */
export class VmCdromService extends Service {
  /**
   * Retrieves the `cdrom`: sends `GET /vms/{vm_id}/cdroms/{cdrom_id}` and reads the `<cdrom>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdrom/methods/get | reference: vm_cdrom.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmCdromServiceGetOptions}).
   * @returns The `cdrom`: `Cdrom`.
   */
  get(opts: VmCdromServiceGetOptions = {}): Promise<t.Cdrom> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      current: opts.current,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Cdrom>;
  }

  /**
   * Updates the `cdrom`: sends `PUT /vms/{vm_id}/cdroms/{cdrom_id}` with the `<cdrom>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `cdrom.file.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_cdrom/methods/update | reference: vm_cdrom.update}
   * @param cdrom The `cdrom` to send: `CdromInit` (a `Cdrom` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmCdromServiceUpdateOptions}).
   * @returns The `cdrom` as the engine answers it.
   */
  update(cdrom: t.CdromInit, opts: VmCdromServiceUpdateOptions = {}): Promise<t.Cdrom> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, cdrom);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      current: opts.current,
    };
    return this._update(cdrom, 'cdrom', query, opts) as Promise<t.Cdrom>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
