// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { StatisticsService } from './statistics-service';

/** Options of {@link StepService.end}: the method's parameters, plus extra `query` and `headers`. */
export interface StepServiceEndOptions extends RequestOptions {
  /** The `force` parameter (`<force>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/step/methods/end/parameters/force} */
  force?: boolean;
  /** The `succeeded` parameter (`<succeeded>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/step/methods/end/parameters/succeeded} */
  succeeded?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/step/methods/end/parameters/async} */
  async?: boolean;
}

/** Options of {@link StepService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface StepServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/step/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const END_PARAMETERS = methodParameters('StepService.end', { force: 'boolean', succeeded: 'boolean', async: 'boolean' });
const GET_PARAMETERS = methodParameters('StepService.get', { follow: 'string' });

/**
 * The `step` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/step}
 */
export class StepService extends Service {
  /**
   * The `end` action: `POST` of an `<action>` to `.../end`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/step/methods/end}
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
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/step/methods/get}
   * @returns The `step` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/step/methods/get/parameters/step}
   */
  get(opts: StepServiceGetOptions = {}): Promise<t.Step> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Step>;
  }

  /** Locates the `statistics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/statistics}); sends no request. */
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
