// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link IconService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/icon/methods/get | reference: icon.get}
 */
export interface IconServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /icons/{icon_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/icon/methods/get | reference: icon.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('IconService.get', { follow: 'string' });

/**
 * The `icon` service of the API.
 *
 * Path below the API root: `/icons/{icon_id}`.
 * Reached with `connection.systemService().iconsService().iconService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/icon | reference: icon}
 */
export class IconService extends Service {
  /**
   * Retrieves the `icon`: sends `GET /icons/{icon_id}` and reads the `<icon>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/icon/methods/get | reference: icon.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link IconServiceGetOptions}).
   * @returns The `icon`: `Icon`.
   */
  get(opts: IconServiceGetOptions = {}): Promise<t.Icon> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Icon>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
