// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link StatisticService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistic/methods/get | reference: statistic.get}
 */
export interface StatisticServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /disks/{disk_id}/statistics/{statistic_id}` (or the same below any other of the service's 13 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistic/methods/get | reference: statistic.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StatisticService.get', { follow: 'string' });

/**
 * The `statistic` service of the API.
 *
 * Path below the API root: `/disks/{disk_id}/statistics/{statistic_id}` (and 12 others, such as `/hosts/{host_id}/statistics/{statistic_id}`).
 * Reached with `connection.systemService().disksService().diskService(id).statisticsService().statisticService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistic | reference: statistic}
 */
export class StatisticService extends Service {
  /**
   * Retrieves the `statistic`: sends `GET /disks/{disk_id}/statistics/{statistic_id}` (or the same below any other of the service's 13 paths) and reads the `<statistic>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistic/methods/get | reference: statistic.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StatisticServiceGetOptions}).
   * @returns The `statistic`: `Statistic`.
   */
  get(opts: StatisticServiceGetOptions = {}): Promise<t.Statistic> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Statistic>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
