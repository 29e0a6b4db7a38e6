// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StepService } from './step-service';

/** Options of {@link StepsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface StepsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/steps/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/steps/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('StepsService.add', {}, ['step', t.Step]);
const LIST_PARAMETERS = methodParameters('StepsService.list', { max: 'integer', follow: 'string' });

/**
 * The `steps` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/steps}
 */
export class StepsService extends Service {
  /**
   * Adds an object: `POST` of `<step>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/steps/methods/add}
   * @param step The `step` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/steps/methods/add/parameters/step}
   */
  add(step: t.StepInit, opts: RequestOptions = {}): Promise<t.Step> {
    const refused = checkParameters(ADD_PARAMETERS, opts, step);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(step, 'step', {}, opts) as Promise<t.Step>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/steps/methods/list}
   * @returns The `steps` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/steps/methods/list/parameters/steps}
   */
  list(opts: StepsServiceListOptions = {}): Promise<List<t.Step>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Step>>;
  }

  /**
   * Like {@link StepsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/steps/methods/list}
   */
  listStream(opts: StepsServiceListOptions = {}): AsyncGenerator<t.Step, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'StepsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Step, void, undefined>;
  }

  /** Locates the `step` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/step}); sends no request. */
  stepService(id: string | number): StepService {
    return new StepService(this.connection, `${this.path}/${idSegment(id, 'StepsService.stepService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.stepService(decodeURIComponent(head)).service(rest);
  }
}
