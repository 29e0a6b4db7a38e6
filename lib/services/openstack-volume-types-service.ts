// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OpenstackVolumeTypeService } from './openstack-volume-type-service';

/**
 * Options of {@link OpenstackVolumeTypesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_types/methods/list | reference: openstack_volume_types.list}
 */
export interface OpenstackVolumeTypesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /openstackvolumeproviders/{provider_id}/volumetypes`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_types/methods/list | reference: openstack_volume_types.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /openstackvolumeproviders/{provider_id}/volumetypes`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_types/methods/list | reference: openstack_volume_types.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('OpenstackVolumeTypesService.list', { max: 'integer', follow: 'string' });

/**
 * The `openstack_volume_types` service of the API.
 *
 * Path below the API root: `/openstackvolumeproviders/{provider_id}/volumetypes`.
 * Reached with `connection.systemService().openstackVolumeProvidersService().providerService(id).volumeTypesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_types | reference: openstack_volume_types}
 * @deprecated The API model marks it deprecated.
 */
export class OpenstackVolumeTypesService extends Service {
  /**
   * Lists the `open_stack_volume_type` objects: sends `GET /openstackvolumeproviders/{provider_id}/volumetypes` and reads the `<open_stack_volume_types>` the engine answers, one item per `<open_stack_volume_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_types/methods/list | reference: openstack_volume_types.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackVolumeTypesServiceListOptions}).
   * @returns The `types`: a list of `OpenStackVolumeType`.
   */
  list(opts: OpenstackVolumeTypesServiceListOptions = {}): Promise<List<t.OpenStackVolumeType>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.OpenStackVolumeType>>;
  }

  /**
   * Like {@link OpenstackVolumeTypesService.list} (it sends `GET /openstackvolumeproviders/{provider_id}/volumetypes` with the same options), but yields
   * each `open_stack_volume_type` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_types/methods/list | reference: openstack_volume_types.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: OpenstackVolumeTypesServiceListOptions = {}): AsyncGenerator<t.OpenStackVolumeType, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'OpenstackVolumeTypesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.OpenStackVolumeType, void, undefined>;
  }

  /**
   * Locates the `openstack_volume_type` service at `{type_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_type | reference: openstack_volume_type}
   */
  typeService(id: string | number): OpenstackVolumeTypeService {
    return new OpenstackVolumeTypeService(this.connection, `${this.path}/${idSegment(id, 'OpenstackVolumeTypesService.typeService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.typeService(decodeURIComponent(head)).service(rest);
  }
}
