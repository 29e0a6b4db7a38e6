// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link QosService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qos/methods/get | reference: qos.get}
 */
export interface QosServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/qoss/{qos_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qos/methods/get | reference: qos.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link QosService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qos/methods/update | reference: qos.update}
 */
export interface QosServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /datacenters/{data_center_id}/qoss/{qos_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qos/methods/update | reference: qos.update}
   */
  async?: boolean;
}

/**
 * Options of {@link QosService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qos/methods/remove | reference: qos.remove}
 */
export interface QosServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /datacenters/{data_center_id}/qoss/{qos_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qos/methods/remove | reference: qos.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('QosService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('QosService.update', { async: 'boolean' }, ['qos', t.Qos]);
const REMOVE_PARAMETERS = methodParameters('QosService.remove', { async: 'boolean' });

/**
 * The `qos` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/qoss/{qos_id}`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).qossService().qosService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qos | reference: qos}
 */
export class QosService extends Service {
  /**
   * Retrieves the `qos`: sends `GET /datacenters/{data_center_id}/qoss/{qos_id}` and reads the `<qos>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qos/methods/get | reference: qos.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link QosServiceGetOptions}).
   * @returns The `qos`: `Qos`.
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
   * Updates the `qos`: sends `PUT /datacenters/{data_center_id}/qoss/{qos_id}` with the `<qos>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `qos.cpuLimit`, `qos.description`, `qos.inboundAverage`, `qos.inboundBurst`, `qos.inboundPeak`, `qos.maxIops`, `qos.maxReadIops`, `qos.maxReadThroughput`, `qos.maxThroughput`, `qos.maxWriteIops`, `qos.maxWriteThroughput`, `qos.name`, `qos.outboundAverage`, `qos.outboundAverageLinkshare`, `qos.outboundAverageRealtime`, `qos.outboundAverageUpperlimit`, `qos.outboundBurst`, `qos.outboundPeak`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qos/methods/update | reference: qos.update}
   * @param qos The `qos` to send: `QosInit` (a `Qos` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link QosServiceUpdateOptions}).
   * @returns The `qos` as the engine answers it.
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
   * Removes: sends `DELETE /datacenters/{data_center_id}/qoss/{qos_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qos/methods/remove | reference: qos.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link QosServiceRemoveOptions}).
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
