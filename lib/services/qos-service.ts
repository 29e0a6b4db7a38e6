// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link QosService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface QosServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qos/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link QosService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface QosServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qos/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link QosService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface QosServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qos/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('QosService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('QosService.update', { async: 'boolean' }, ['qos', t.Qos]);
const REMOVE_PARAMETERS = methodParameters('QosService.remove', { async: 'boolean' });

/**
 * The `qos` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qos}
 */
export class QosService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qos/methods/get}
   * @returns The `qos` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qos/methods/get/parameters/qos}
   */
  get(opts: QosServiceGetOptions = {}): Promise<t.Qos> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Qos>;
  }

  /**
   * Updates the object: `PUT` of `<qos>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qos/methods/update}
   * @param qos The `qos` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qos/methods/update/parameters/qos}
   */
  update(qos: t.QosInit, opts: QosServiceUpdateOptions = {}): Promise<t.Qos> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, qos);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(qos, 'qos', query, opts) as Promise<t.Qos>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qos/methods/remove}
   */
  remove(opts: QosServiceRemoveOptions = {}): Promise<void> {
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
