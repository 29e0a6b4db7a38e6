// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link VmCdromService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface VmCdromServiceGetOptions extends RequestOptions {
  /** The `current` parameter (query parameter `current`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_cdrom/methods/get/parameters/current} */
  current?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_cdrom/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link VmCdromService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface VmCdromServiceUpdateOptions extends RequestOptions {
  /** The `current` parameter (query parameter `current`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_cdrom/methods/update/parameters/current} */
  current?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmCdromService.get', { current: 'boolean', follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('VmCdromService.update', { current: 'boolean' }, ['cdrom', t.Cdrom]);

/**
 * The `vm_cdrom` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_cdrom}
 */
export class VmCdromService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_cdrom/methods/get}
   * @returns The `cdrom` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_cdrom/methods/get/parameters/cdrom}
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
   * Updates the object: `PUT` of `<cdrom>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_cdrom/methods/update}
   * @param cdrom The `cdrom` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_cdrom/methods/update/parameters/cdrom}
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
