// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link SystemOptionService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_option/methods/get | reference: system_option.get}
 */
export interface SystemOptionServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `version` of `GET /options/{option_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_option/methods/get | reference: system_option.get}
   * @since API 4.2
   */
  version?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('SystemOptionService.get', { version: 'string' });

/**
 * The `system_option` service of the API.
 *
 * Path below the API root: `/options/{option_id}`.
 * Reached with `connection.systemService().optionsService().optionService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_option | reference: system_option}
 * @since API 4.2
 */
export class SystemOptionService extends Service {
  /**
   * Retrieves the `system_option`: sends `GET /options/{option_id}` and reads the `<system_option>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_option/methods/get | reference: system_option.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SystemOptionServiceGetOptions}).
   * @returns The `option`: `SystemOption`.
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
