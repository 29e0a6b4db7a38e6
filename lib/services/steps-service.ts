// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StepService } from './step-service';

/**
 * Options of {@link StepsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/steps/methods/list | reference: steps.list}
 */
export interface StepsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /jobs/{job_id}/steps`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/steps/methods/list | reference: steps.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /jobs/{job_id}/steps`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/steps/methods/list | reference: steps.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('StepsService.add', {}, ['step', t.Step]);
const LIST_PARAMETERS = methodParameters('StepsService.list', { max: 'integer', follow: 'string' });

/**
 * The `steps` service of the API.
 *
 * Path below the API root: `/jobs/{job_id}/steps`.
 * Reached with `connection.systemService().jobsService().jobService(id).stepsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/steps | reference: steps}
 */
export class StepsService extends Service {
  /**
   * Adds a `step`: sends `POST /jobs/{job_id}/steps` with it as the `<step>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `step.description`
   * - `step.type`
   *
   * Also accepts: `step.job.id`, `step.parentStep.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/steps/methods/add | reference: steps.add}
   * @param step The `step` to send: `StepInit` (a `Step` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `step` as the engine answers it.
   */
  add(step: t.StepInit, opts: RequestOptions = {}): Promise<t.Step> {
    const refused = checkParameters(ADD_PARAMETERS, opts, step);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(step, 'step', {}, opts) as Promise<t.Step>;
  }

  /**
   * Lists the `step` objects: sends `GET /jobs/{job_id}/steps` and reads the `<steps>` the engine answers, one item per `<step>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/steps/methods/list | reference: steps.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StepsServiceListOptions}).
   * @returns The `steps`: a list of `Step`.
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
   * Like {@link StepsService.list} (it sends `GET /jobs/{job_id}/steps` with the same options), but yields
   * each `step` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/steps/methods/list | reference: steps.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `step` service at `{step_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/step | reference: step}
   */
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
