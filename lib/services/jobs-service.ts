// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { JobService } from './job-service';

/** Options of {@link JobsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface JobsServiceListOptions extends RequestOptions {
  /**
   * The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/jobs/methods/list/parameters/search}
   * @since API 4.2
   */
  search?: string;
  /**
   * The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/jobs/methods/list/parameters/case_sensitive}
   * @since API 4.2
   */
  caseSensitive?: boolean;
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/jobs/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/jobs/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('JobsService.add', {}, ['job', t.Job]);
const LIST_PARAMETERS = methodParameters('JobsService.list', { search: 'string', caseSensitive: 'boolean', max: 'integer', follow: 'string' });

/**
 * The `jobs` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/jobs}
 */
export class JobsService extends Service {
  /**
   * Adds an object: `POST` of `<job>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/jobs/methods/add}
   * @param job The `job` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/jobs/methods/add/parameters/job}
   */
  add(job: t.JobInit, opts: RequestOptions = {}): Promise<t.Job> {
    const refused = checkParameters(ADD_PARAMETERS, opts, job);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(job, 'job', {}, opts) as Promise<t.Job>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/jobs/methods/list}
   * @returns The `jobs` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/jobs/methods/list/parameters/jobs}
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
   * Like {@link JobsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/jobs/methods/list}
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

  /** Locates the `job` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/job}); sends no request. */
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
