// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link AffinityLabelHostService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_host/methods/get | reference: affinity_label_host.get}
 */
export interface AffinityLabelHostServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /affinitylabels/{label_id}/hosts/{host_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_host/methods/get | reference: affinity_label_host.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const REMOVE_PARAMETERS = methodParameters('AffinityLabelHostService.remove', {});
const GET_PARAMETERS = methodParameters('AffinityLabelHostService.get', { follow: 'string' });

/**
 * The `affinity_label_host` service of the API.
 *
 * Path below the API root: `/affinitylabels/{label_id}/hosts/{host_id}`.
 * Reached with `connection.systemService().affinityLabelsService().labelService(id).hostsService().hostService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_host | reference: affinity_label_host}
 */
export class AffinityLabelHostService extends Service {
  /**
   * Removes: sends `DELETE /affinitylabels/{label_id}/hosts/{host_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_host/methods/remove | reference: affinity_label_host.remove}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._remove({}, opts);
  }

  /**
   * Retrieves the `host`: sends `GET /affinitylabels/{label_id}/hosts/{host_id}` and reads the `<host>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_host/methods/get | reference: affinity_label_host.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityLabelHostServiceGetOptions}).
   * @returns The `host`: `Host`.
   */
  get(opts: AffinityLabelHostServiceGetOptions = {}): Promise<t.Host> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Host>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
