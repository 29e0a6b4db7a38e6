// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StatisticService } from './statistic-service';

/**
 * Options of {@link StatisticsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics/methods/list | reference: statistics.list}
 */
export interface StatisticsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /disks/{disk_id}/statistics` (or the same below any other of the service's 13 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics/methods/list | reference: statistics.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /disks/{disk_id}/statistics` (or the same below any other of the service's 13 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics/methods/list | reference: statistics.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('StatisticsService.list', { max: 'integer', follow: 'string' });

/**
 * The `statistics` service of the API.
 *
 * Path below the API root: `/disks/{disk_id}/statistics` (and 12 others, such as `/hosts/{host_id}/statistics`).
 * Reached with `connection.systemService().disksService().diskService(id).statisticsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics | reference: statistics}
 */
export class StatisticsService extends Service {
  /**
   * Lists the `statistic` objects: sends `GET /disks/{disk_id}/statistics` (or the same below any other of the service's 13 paths) and reads the `<statistics>` the engine answers, one item per `<statistic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics/methods/list | reference: statistics.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StatisticsServiceListOptions}).
   * @returns The `statistics`: a list of `Statistic`.
   */
  list(opts: StatisticsServiceListOptions = {}): Promise<List<t.Statistic>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Statistic>>;
  }

  /**
   * Like {@link StatisticsService.list} (it sends `GET /disks/{disk_id}/statistics` (or the same below any other of the service's 13 paths) with the same options), but yields
   * each `statistic` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics/methods/list | reference: statistics.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: StatisticsServiceListOptions = {}): AsyncGenerator<t.Statistic, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'StatisticsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Statistic, void, undefined>;
  }

  /**
   * Locates the `statistic` service at `{statistic_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistic | reference: statistic}
   */
  statisticService(id: string | number): StatisticService {
    return new StatisticService(this.connection, `${this.path}/${idSegment(id, 'StatisticsService.statisticService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.statisticService(decodeURIComponent(head)).service(rest);
  }
}
