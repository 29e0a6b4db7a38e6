// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { StatisticsService } from './statistics-service';

/**
 * Options of {@link StepService.end}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/step/methods/end | reference: step.end}
 */
export interface StepServiceEndOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<force>` in the `<action>` body of `POST /jobs/{job_id}/steps/{step_id}/end`.
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/step/methods/end | reference: step.end}
   */
  force?: boolean;
  /**
   * `boolean`, sent as `<succeeded>` in the `<action>` body of `POST /jobs/{job_id}/steps/{step_id}/end`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.succeeded`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/step/methods/end | reference: step.end}
   */
  succeeded?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /jobs/{job_id}/steps/{step_id}/end`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/step/methods/end | reference: step.end}
   */
  async?: boolean;
}

/**
 * Options of {@link StepService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/step/methods/get | reference: step.get}
 */
export interface StepServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /jobs/{job_id}/steps/{step_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/step/methods/get | reference: step.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const END_PARAMETERS = methodParameters('StepService.end', { force: 'boolean', succeeded: 'boolean', async: 'boolean' });
const GET_PARAMETERS = methodParameters('StepService.get', { follow: 'string' });

/**
 * The `step` service of the API.
 *
 * Path below the API root: `/jobs/{job_id}/steps/{step_id}`.
 * Reached with `connection.systemService().jobsService().jobService(id).stepsService().stepService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/step | reference: step}
 */
export class StepService extends Service {
  /**
   * The `end` action: sends `POST /jobs/{job_id}/steps/{step_id}/end` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.succeeded`
   *
   * Also accepts: `opts.force`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/step/methods/end | reference: step.end}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StepServiceEndOptions}).
   */
  end(opts: StepServiceEndOptions = {}): Promise<void> {
    const refused = checkParameters(END_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      force: opts.force,
      succeeded: opts.succeeded,
      async: opts.async,
    };
    return this._action('end', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the `step`: sends `GET /jobs/{job_id}/steps/{step_id}` and reads the `<step>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/step/methods/get | reference: step.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StepServiceGetOptions}).
   * @returns The `step`: `Step`.
   */
  get(opts: StepServiceGetOptions = {}): Promise<t.Step> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Step>;
  }

  /**
   * Locates the `statistics` service at `statistics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics | reference: statistics}
   */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'statistics': return this.statisticsService().service(rest);
    }
    return super.service(path);
  }
}
