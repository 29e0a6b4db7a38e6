// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link SystemOptionService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface SystemOptionServiceGetOptions extends RequestOptions {
  /**
   * The `version` parameter (query parameter `version`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system_option/methods/get/parameters/version}
   * @since API 4.2
   */
  version?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('SystemOptionService.get', { version: 'string' });

/**
 * The `system_option` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system_option}
 * @since API 4.2
 */
export class SystemOptionService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system_option/methods/get}
   * @returns The `option` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system_option/methods/get/parameters/option}
   * @since API 4.2
   */
  get(opts: SystemOptionServiceGetOptions = {}): Promise<t.SystemOption> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      version: opts.version,
    };
    return this._get(query, opts) as Promise<t.SystemOption>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
