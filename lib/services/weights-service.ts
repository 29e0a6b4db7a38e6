// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { WeightService } from './weight-service';

/** Options of {@link WeightsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface WeightsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/weights/methods/list/parameters/max} */
  max?: number;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/weights/methods/list/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/weights/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('WeightsService.add', {}, ['weight', t.Weight]);
const LIST_PARAMETERS = methodParameters('WeightsService.list', { max: 'integer', filter: 'boolean', follow: 'string' });

/**
 * The `weights` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/weights}
 */
export class WeightsService extends Service {
  /**
   * Adds an object: `POST` of `<weight>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/weights/methods/add}
   * @param weight The `weight` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/weights/methods/add/parameters/weight}
   */
  add(weight: t.WeightInit, opts: RequestOptions = {}): Promise<t.Weight> {
    const refused = checkParameters(ADD_PARAMETERS, opts, weight);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(weight, 'weight', {}, opts) as Promise<t.Weight>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/weights/methods/list}
   * @returns The `weights` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/weights/methods/list/parameters/weights}
   */
  list(opts: WeightsServiceListOptions = {}): Promise<List<t.Weight>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Weight>>;
  }

  /**
   * Like {@link WeightsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/weights/methods/list}
   */
  listStream(opts: WeightsServiceListOptions = {}): AsyncGenerator<t.Weight, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'WeightsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Weight, void, undefined>;
  }

  /** Locates the `weight` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/weight}); sends no request. */
  weightService(id: string | number): WeightService {
    return new WeightService(this.connection, `${this.path}/${idSegment(id, 'WeightsService.weightService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.weightService(decodeURIComponent(head)).service(rest);
  }
}
