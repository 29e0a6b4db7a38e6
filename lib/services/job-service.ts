// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { StepsService } from './steps-service';

/**
 * Options of {@link JobService.clear}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job/methods/clear | reference: job.clear}
 */
export interface JobServiceClearOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /jobs/{job_id}/clear`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job/methods/clear | reference: job.clear}
   */
  async?: boolean;
}

/**
 * Options of {@link JobService.end}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job/methods/end | reference: job.end}
 */
export interface JobServiceEndOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<force>` in the `<action>` body of `POST /jobs/{job_id}/end`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job/methods/end | reference: job.end}
   */
  force?: boolean;
  /**
   * `boolean`, sent as `<succeeded>` in the `<action>` body of `POST /jobs/{job_id}/end`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job/methods/end | reference: job.end}
   * @since API 4.1
   */
  succeeded?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /jobs/{job_id}/end`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job/methods/end | reference: job.end}
   */
  async?: boolean;
}

/**
 * Options of {@link JobService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job/methods/get | reference: job.get}
 */
export interface JobServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /jobs/{job_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job/methods/get | reference: job.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const CLEAR_PARAMETERS = methodParameters('JobService.clear', { async: 'boolean' });
const END_PARAMETERS = methodParameters('JobService.end', { force: 'boolean', succeeded: 'boolean', async: 'boolean' });
const GET_PARAMETERS = methodParameters('JobService.get', { follow: 'string' });

/**
 * The `job` service of the API.
 *
 * Path below the API root: `/jobs/{job_id}`.
 * Reached with `connection.systemService().jobsService().jobService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job | reference: job}
 */
export class JobService extends Service {
  /**
   * The `clear` action: sends `POST /jobs/{job_id}/clear` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job/methods/clear | reference: job.clear}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link JobServiceClearOptions}).
   */
  clear(opts: JobServiceClearOptions = {}): Promise<void> {
    const refused = checkParameters(CLEAR_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('clear', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `end` action: sends `POST /jobs/{job_id}/end` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job/methods/end | reference: job.end}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link JobServiceEndOptions}).
   */
  end(opts: JobServiceEndOptions = {}): Promise<void> {
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
   * Retrieves the `job`: sends `GET /jobs/{job_id}` and reads the `<job>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job/methods/get | reference: job.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link JobServiceGetOptions}).
   * @returns The `job`: `Job`.
   */
  get(opts: JobServiceGetOptions = {}): Promise<t.Job> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Job>;
  }

  /**
   * Locates the `steps` service at `steps` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/steps | reference: steps}
   */
  stepsService(): StepsService {
    return new StepsService(this.connection, `${this.path}/steps`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'steps': return this.stepsService().service(rest);
    }
    return super.service(path);
  }
}
