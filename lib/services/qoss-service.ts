// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { QosService } from './qos-service';

/**
 * Options of {@link QossService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qoss/methods/list | reference: qoss.list}
 */
export interface QossServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /datacenters/{data_center_id}/qoss`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qoss/methods/list | reference: qoss.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/qoss`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qoss/methods/list | reference: qoss.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('QossService.add', {}, ['qos', t.Qos]);
const LIST_PARAMETERS = methodParameters('QossService.list', { max: 'integer', follow: 'string' });

/**
 * The `qoss` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/qoss`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).qossService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qoss | reference: qoss}
 */
export class QossService extends Service {
  /**
   * Adds a `qos`: sends `POST /datacenters/{data_center_id}/qoss` with it as the `<qos>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `qos.name`
   * - `qos.type`
   *
   * Also accepts: `qos.cpuLimit`, `qos.description`, `qos.inboundAverage`, `qos.inboundBurst`, `qos.inboundPeak`, `qos.maxIops`, `qos.maxReadIops`, `qos.maxReadThroughput`, `qos.maxThroughput`, `qos.maxWriteIops`, `qos.maxWriteThroughput`, `qos.outboundAverage`, `qos.outboundAverageLinkshare`, `qos.outboundAverageRealtime`, `qos.outboundAverageUpperlimit`, `qos.outboundBurst`, `qos.outboundPeak`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qoss/methods/add | reference: qoss.add}
   * @param qos The `qos` to send: `QosInit` (a `Qos` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `qos` as the engine answers it.
   */
  add(qos: t.QosInit, opts: RequestOptions = {}): Promise<t.Qos> {
    const refused = checkParameters(ADD_PARAMETERS, opts, qos);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(qos, 'qos', {}, opts) as Promise<t.Qos>;
  }

  /**
   * Lists the `qos` objects: sends `GET /datacenters/{data_center_id}/qoss` and reads the `<qoss>` the engine answers, one item per `<qos>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qoss/methods/list | reference: qoss.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link QossServiceListOptions}).
   * @returns The `qoss`: a list of `Qos`.
   */
  list(opts: QossServiceListOptions = {}): Promise<List<t.Qos>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Qos>>;
  }

  /**
   * Like {@link QossService.list} (it sends `GET /datacenters/{data_center_id}/qoss` with the same options), but yields
   * each `qos` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qoss/methods/list | reference: qoss.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: QossServiceListOptions = {}): AsyncGenerator<t.Qos, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'QossService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Qos, void, undefined>;
  }

  /**
   * Locates the `qos` service at `{qos_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qos | reference: qos}
   */
  qosService(id: string | number): QosService {
    return new QosService(this.connection, `${this.path}/${idSegment(id, 'QossService.qosService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.qosService(decodeURIComponent(head)).service(rest);
  }
}
