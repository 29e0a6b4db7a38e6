// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link VmApplicationService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_application/methods/get | reference: vm_application.get}
 */
export interface VmApplicationServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /vms/{vm_id}/applications/{application_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_application/methods/get | reference: vm_application.get}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/applications/{application_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_application/methods/get | reference: vm_application.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmApplicationService.get', { filter: 'boolean', follow: 'string' });

/**
 * The `vm_application` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/applications/{application_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).applicationsService().applicationService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_application | reference: vm_application}
 */
export class VmApplicationService extends Service {
  /**
   * Retrieves the `application`: sends `GET /vms/{vm_id}/applications/{application_id}` and reads the `<application>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_application/methods/get | reference: vm_application.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmApplicationServiceGetOptions}).
   * @returns The `application`: `Application`.
   */
  get(opts: VmApplicationServiceGetOptions = {}): Promise<t.Application> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Application>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
