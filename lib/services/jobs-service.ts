// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { JobService } from './job-service';

/**
 * Options of {@link JobsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/jobs/methods/list | reference: jobs.list}
 */
export interface JobsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `search` of `GET /jobs`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/jobs/methods/list | reference: jobs.list}
   * @since API 4.2
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /jobs`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/jobs/methods/list | reference: jobs.list}
   * @since API 4.2
   */
  caseSensitive?: boolean;
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /jobs`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/jobs/methods/list | reference: jobs.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /jobs`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/jobs/methods/list | reference: jobs.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('JobsService.add', {}, ['job', t.Job]);
const LIST_PARAMETERS = methodParameters('JobsService.list', { search: 'string', caseSensitive: 'boolean', max: 'integer', follow: 'string' });

/**
 * The `jobs` service of the API.
 *
 * Path below the API root: `/jobs`.
 * Reached with `connection.systemService().jobsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/jobs | reference: jobs}
 */
export class JobsService extends Service {
  /**
   * Adds a `job`: sends `POST /jobs` with it as the `<job>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `job.description`
   *
   * Also accepts: `job.autoCleared`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/jobs/methods/add | reference: jobs.add}
   * @param job The `job` to send: `JobInit` (a `Job` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `job` as the engine answers it.
   */
  add(job: t.JobInit, opts: RequestOptions = {}): Promise<t.Job> {
    const refused = checkParameters(ADD_PARAMETERS, opts, job);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(job, 'job', {}, opts) as Promise<t.Job>;
  }

  /**
   * Lists the `job` objects: sends `GET /jobs` and reads the `<jobs>` the engine answers, one item per `<job>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/jobs/methods/list | reference: jobs.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link JobsServiceListOptions}).
   * @returns The `jobs`: a list of `Job`.
   */
  list(opts: JobsServiceListOptions = {}): Promise<List<t.Job>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Job>>;
  }

  /**
   * Like {@link JobsService.list} (it sends `GET /jobs` with the same options), but yields
   * each `job` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/jobs/methods/list | reference: jobs.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: JobsServiceListOptions = {}): AsyncGenerator<t.Job, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'JobsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Job, void, undefined>;
  }

  /**
   * Locates the `job` service at `{job_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/job | reference: job}
   */
  jobService(id: string | number): JobService {
    return new JobService(this.connection, `${this.path}/${idSegment(id, 'JobsService.jobService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.jobService(decodeURIComponent(head)).service(rest);
  }
}
