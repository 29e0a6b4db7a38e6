// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link NetworkLabelService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_label/methods/get | reference: network_label.get}
 */
export interface NetworkLabelServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /networks/{network_id}/networklabels/{label_id}` (or the same below any other of the service's 4 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_label/methods/get | reference: network_label.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link NetworkLabelService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_label/methods/remove | reference: network_label.remove}
 */
export interface NetworkLabelServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /networks/{network_id}/networklabels/{label_id}` (or the same below any other of the service's 4 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_label/methods/remove | reference: network_label.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('NetworkLabelService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('NetworkLabelService.remove', { async: 'boolean' });

/**
 * The `network_label` service of the API.
 *
 * Path below the API root: `/networks/{network_id}/networklabels/{label_id}` (and 3 others, such as `/hosts/{host_id}/nics/{nic_id}/networklabels/{label_id}`).
 * Reached with `connection.systemService().networksService().networkService(id).networkLabelsService().labelService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_label | reference: network_label}
 */
export class NetworkLabelService extends Service {
  /**
   * Retrieves the `network_label`: sends `GET /networks/{network_id}/networklabels/{label_id}` (or the same below any other of the service's 4 paths) and reads the `<network_label>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_label/methods/get | reference: network_label.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NetworkLabelServiceGetOptions}).
   * @returns The `label`: `NetworkLabel`.
   */
  get(opts: NetworkLabelServiceGetOptions = {}): Promise<t.NetworkLabel> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.NetworkLabel>;
  }

  /**
   * Removes: sends `DELETE /networks/{network_id}/networklabels/{label_id}` (or the same below any other of the service's 4 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_label/methods/remove | reference: network_label.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NetworkLabelServiceRemoveOptions}).
   */
  remove(opts: NetworkLabelServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
