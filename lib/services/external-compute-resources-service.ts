// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ExternalComputeResourceService } from './external-compute-resource-service';

/**
 * Options of {@link ExternalComputeResourcesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_compute_resources/methods/list | reference: external_compute_resources.list}
 */
export interface ExternalComputeResourcesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /externalhostproviders/{provider_id}/computeresources`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_compute_resources/methods/list | reference: external_compute_resources.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /externalhostproviders/{provider_id}/computeresources`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_compute_resources/methods/list | reference: external_compute_resources.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ExternalComputeResourcesService.list', { max: 'integer', follow: 'string' });

/**
 * The `external_compute_resources` service of the API.
 *
 * Path below the API root: `/externalhostproviders/{provider_id}/computeresources`.
 * Reached with `connection.systemService().externalHostProvidersService().providerService(id).computeResourcesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_compute_resources | reference: external_compute_resources}
 */
export class ExternalComputeResourcesService extends Service {
  /**
   * Lists the `external_compute_resource` objects: sends `GET /externalhostproviders/{provider_id}/computeresources` and reads the `<external_compute_resources>` the engine answers, one item per `<external_compute_resource>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_compute_resources/methods/list | reference: external_compute_resources.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ExternalComputeResourcesServiceListOptions}).
   * @returns The `resources`: a list of `ExternalComputeResource`.
   */
  list(opts: ExternalComputeResourcesServiceListOptions = {}): Promise<List<t.ExternalComputeResource>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ExternalComputeResource>>;
  }

  /**
   * Like {@link ExternalComputeResourcesService.list} (it sends `GET /externalhostproviders/{provider_id}/computeresources` with the same options), but yields
   * each `external_compute_resource` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_compute_resources/methods/list | reference: external_compute_resources.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: ExternalComputeResourcesServiceListOptions = {}): AsyncGenerator<t.ExternalComputeResource, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ExternalComputeResourcesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ExternalComputeResource, void, undefined>;
  }

  /**
   * Locates the `external_compute_resource` service at `{resource_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_compute_resource | reference: external_compute_resource}
   */
  resourceService(id: string | number): ExternalComputeResourceService {
    return new ExternalComputeResourceService(this.connection, `${this.path}/${idSegment(id, 'ExternalComputeResourcesService.resourceService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.resourceService(decodeURIComponent(head)).service(rest);
  }
}
