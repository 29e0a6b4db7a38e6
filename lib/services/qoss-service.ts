// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { QosService } from './qos-service';

/** Options of {@link QossService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface QossServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qoss/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qoss/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('QossService.add', {}, ['qos', t.Qos]);
const LIST_PARAMETERS = methodParameters('QossService.list', { max: 'integer', follow: 'string' });

/**
 * The `qoss` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qoss}
 */
export class QossService extends Service {
  /**
   * Adds an object: `POST` of `<qos>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qoss/methods/add}
   * @param qos The `qos` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qoss/methods/add/parameters/qos}
   */
  add(qos: t.QosInit, opts: RequestOptions = {}): Promise<t.Qos> {
    const refused = checkParameters(ADD_PARAMETERS, opts, qos);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(qos, 'qos', {}, opts) as Promise<t.Qos>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qoss/methods/list}
   * @returns The `qoss` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qoss/methods/list/parameters/qoss}
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
   * Like {@link QossService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qoss/methods/list}
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

  /** Locates the `qos` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qos}); sends no request. */
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
