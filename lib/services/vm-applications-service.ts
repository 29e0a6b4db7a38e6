// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmApplicationService } from './vm-application-service';

/**
 * Options of {@link VmApplicationsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_applications/methods/list | reference: vm_applications.list}
 */
export interface VmApplicationsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vms/{vm_id}/applications`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_applications/methods/list | reference: vm_applications.list}
   */
  max?: number;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /vms/{vm_id}/applications`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_applications/methods/list | reference: vm_applications.list}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/applications`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_applications/methods/list | reference: vm_applications.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('VmApplicationsService.list', { max: 'integer', filter: 'boolean', follow: 'string' });

/**
 * The `vm_applications` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/applications`.
 * Reached with `connection.systemService().vmsService().vmService(id).applicationsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_applications | reference: vm_applications}
 */
export class VmApplicationsService extends Service {
  /**
   * Lists the `application` objects: sends `GET /vms/{vm_id}/applications` and reads the `<applications>` the engine answers, one item per `<application>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_applications/methods/list | reference: vm_applications.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmApplicationsServiceListOptions}).
   * @returns The `applications`: a list of `Application`.
   */
  list(opts: VmApplicationsServiceListOptions = {}): Promise<List<t.Application>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Application>>;
  }

  /**
   * Like {@link VmApplicationsService.list} (it sends `GET /vms/{vm_id}/applications` with the same options), but yields
   * each `application` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_applications/methods/list | reference: vm_applications.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: VmApplicationsServiceListOptions = {}): AsyncGenerator<t.Application, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmApplicationsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Application, void, undefined>;
  }

  /**
   * Locates the `vm_application` service at `{application_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_application | reference: vm_application}
   */
  applicationService(id: string | number): VmApplicationService {
    return new VmApplicationService(this.connection, `${this.path}/${idSegment(id, 'VmApplicationsService.applicationService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.applicationService(decodeURIComponent(head)).service(rest);
  }
}
