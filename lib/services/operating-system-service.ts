// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link OperatingSystemService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/operating_system/methods/get | reference: operating_system.get}
 */
export interface OperatingSystemServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /operatingsystems/{operating_system_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/operating_system/methods/get | reference: operating_system.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('OperatingSystemService.get', { follow: 'string' });

/**
 * The `operating_system` service of the API.
 *
 * Path below the API root: `/operatingsystems/{operating_system_id}`.
 * Reached with `connection.systemService().operatingSystemsService().operatingSystemService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/operating_system | reference: operating_system}
 */
export class OperatingSystemService extends Service {
  /**
   * Retrieves the `operating_system_info`: sends `GET /operatingsystems/{operating_system_id}` and reads the `<operating_system>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/operating_system/methods/get | reference: operating_system.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OperatingSystemServiceGetOptions}).
   * @returns The `operating_system`: `OperatingSystemInfo`.
   */
  get(opts: OperatingSystemServiceGetOptions = {}): Promise<t.OperatingSystemInfo> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.OperatingSystemInfo>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
