// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link OpenstackVolumeTypeService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_type/methods/get | reference: openstack_volume_type.get}
 */
export interface OpenstackVolumeTypeServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /openstackvolumeproviders/{provider_id}/volumetypes/{type_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_type/methods/get | reference: openstack_volume_type.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('OpenstackVolumeTypeService.get', { follow: 'string' });

/**
 * The `openstack_volume_type` service of the API.
 *
 * Path below the API root: `/openstackvolumeproviders/{provider_id}/volumetypes/{type_id}`.
 * Reached with `connection.systemService().openstackVolumeProvidersService().providerService(id).volumeTypesService().typeService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_type | reference: openstack_volume_type}
 * @deprecated The API model marks it deprecated.
 */
export class OpenstackVolumeTypeService extends Service {
  /**
   * Retrieves the `open_stack_volume_type`: sends `GET /openstackvolumeproviders/{provider_id}/volumetypes/{type_id}` and reads the `<open_stack_volume_type>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_type/methods/get | reference: openstack_volume_type.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackVolumeTypeServiceGetOptions}).
   * @returns The `type`: `OpenStackVolumeType`.
   */
  get(opts: OpenstackVolumeTypeServiceGetOptions = {}): Promise<t.OpenStackVolumeType> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.OpenStackVolumeType>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
