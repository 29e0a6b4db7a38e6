// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';

/**
 * Options of {@link HostCpuUnitsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_cpu_units/methods/list | reference: host_cpu_units.list}
 */
export interface HostCpuUnitsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/cpuunits`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_cpu_units/methods/list | reference: host_cpu_units.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('HostCpuUnitsService.list', { follow: 'string' });

/**
 * The `host_cpu_units` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/cpuunits`.
 * Reached with `connection.systemService().hostsService().hostService(id).cpuUnitsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_cpu_units | reference: host_cpu_units}
 */
export class HostCpuUnitsService extends Service {
  /**
   * Lists the `host_cpu_unit` objects: sends `GET /hosts/{host_id}/cpuunits` and reads the `<host_cpu_units>` the engine answers, one item per `<host_cpu_unit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_cpu_units/methods/list | reference: host_cpu_units.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostCpuUnitsServiceListOptions}).
   * @returns The `cpu_units`: a list of `HostCpuUnit`.
   * @since API 4.5
   */
  list(opts: HostCpuUnitsServiceListOptions = {}): Promise<List<t.HostCpuUnit>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.HostCpuUnit>>;
  }

  /**
   * Like {@link HostCpuUnitsService.list} (it sends `GET /hosts/{host_id}/cpuunits` with the same options), but yields
   * each `host_cpu_unit` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_cpu_units/methods/list | reference: host_cpu_units.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.5
   */
  listStream(opts: HostCpuUnitsServiceListOptions = {}): AsyncGenerator<t.HostCpuUnit, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'HostCpuUnitsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.HostCpuUnit, void, undefined>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
