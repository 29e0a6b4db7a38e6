// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link HostHookService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_hook/methods/get | reference: host_hook.get}
 */
export interface HostHookServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/hooks/{hook_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_hook/methods/get | reference: host_hook.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('HostHookService.get', { follow: 'string' });

/**
 * The `host_hook` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/hooks/{hook_id}`.
 * Reached with `connection.systemService().hostsService().hostService(id).hooksService().hookService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_hook | reference: host_hook}
 */
export class HostHookService extends Service {
  /**
   * Retrieves the `hook`: sends `GET /hosts/{host_id}/hooks/{hook_id}` and reads the `<hook>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_hook/methods/get | reference: host_hook.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostHookServiceGetOptions}).
   * @returns The `hook`: `Hook`.
   */
  get(opts: HostHookServiceGetOptions = {}): Promise<t.Hook> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Hook>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
