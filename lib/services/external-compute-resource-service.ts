// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link ExternalComputeResourceService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_compute_resource/methods/get | reference: external_compute_resource.get}
 */
export interface ExternalComputeResourceServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /externalhostproviders/{provider_id}/computeresources/{resource_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_compute_resource/methods/get | reference: external_compute_resource.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('ExternalComputeResourceService.get', { follow: 'string' });

/**
 * The `external_compute_resource` service of the API.
 *
 * Path below the API root: `/externalhostproviders/{provider_id}/computeresources/{resource_id}`.
 * Reached with `connection.systemService().externalHostProvidersService().providerService(id).computeResourcesService().resourceService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_compute_resource | reference: external_compute_resource}
 */
export class ExternalComputeResourceService extends Service {
  /**
   * Retrieves the `external_compute_resource`: sends `GET /externalhostproviders/{provider_id}/computeresources/{resource_id}` and reads the `<external_compute_resource>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_compute_resource/methods/get | reference: external_compute_resource.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalComputeResourceServiceGetOptions}).
   * @returns The `resource`: `ExternalComputeResource`.
   */
  get(opts: ExternalComputeResourceServiceGetOptions = {}): Promise<t.ExternalComputeResource> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.ExternalComputeResource>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
