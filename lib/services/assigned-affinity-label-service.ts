// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link AssignedAffinityLabelService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_label/methods/get | reference: assigned_affinity_label.get}
 */
export interface AssignedAffinityLabelServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/affinitylabels/{label_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_label/methods/get | reference: assigned_affinity_label.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('AssignedAffinityLabelService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('AssignedAffinityLabelService.remove', {});

/**
 * The `assigned_affinity_label` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/affinitylabels/{label_id}` (and 1 other, such as `/vms/{vm_id}/affinitylabels/{label_id}`).
 * Reached with `connection.systemService().hostsService().hostService(id).affinityLabelsService().labelService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_label | reference: assigned_affinity_label}
 */
export class AssignedAffinityLabelService extends Service {
  /**
   * Retrieves the `affinity_label`: sends `GET /hosts/{host_id}/affinitylabels/{label_id}` (or the same below any other of the service's 2 paths) and reads the `<affinity_label>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_label/methods/get | reference: assigned_affinity_label.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedAffinityLabelServiceGetOptions}).
   * @returns The `label`: `AffinityLabel`.
   */
  get(opts: AssignedAffinityLabelServiceGetOptions = {}): Promise<t.AffinityLabel> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.AffinityLabel>;
  }

  /**
   * Removes: sends `DELETE /hosts/{host_id}/affinitylabels/{label_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_label/methods/remove | reference: assigned_affinity_label.remove}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._remove({}, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
