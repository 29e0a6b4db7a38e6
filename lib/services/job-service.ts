// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { StepsService } from './steps-service';

/** Options of {@link JobService.clear}: the method's parameters, plus extra `query` and `headers`. */
export interface JobServiceClearOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/job/methods/clear/parameters/async} */
  async?: boolean;
}

/** Options of {@link JobService.end}: the method's parameters, plus extra `query` and `headers`. */
export interface JobServiceEndOptions extends RequestOptions {
  /** The `force` parameter (`<force>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/job/methods/end/parameters/force} */
  force?: boolean;
  /**
   * The `succeeded` parameter (`<succeeded>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/job/methods/end/parameters/succeeded}
   * @since API 4.1
   */
  succeeded?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/job/methods/end/parameters/async} */
  async?: boolean;
}

/** Options of {@link JobService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface JobServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/job/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const CLEAR_PARAMETERS = methodParameters('JobService.clear', { async: 'boolean' });
const END_PARAMETERS = methodParameters('JobService.end', { force: 'boolean', succeeded: 'boolean', async: 'boolean' });
const GET_PARAMETERS = methodParameters('JobService.get', { follow: 'string' });

/**
 * The `job` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/job}
 */
export class JobService extends Service {
  /**
   * The `clear` action: `POST` of an `<action>` to `.../clear`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/job/methods/clear}
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
   * The `end` action: `POST` of an `<action>` to `.../end`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/job/methods/end}
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
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/job/methods/get}
   * @returns The `job` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/job/methods/get/parameters/job}
   */
  get(opts: JobServiceGetOptions = {}): Promise<t.Job> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Job>;
  }

  /** Locates the `steps` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/steps}); sends no request. */
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
