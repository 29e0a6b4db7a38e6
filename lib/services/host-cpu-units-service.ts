// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';

/** Options of {@link HostCpuUnitsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface HostCpuUnitsServiceListOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_cpu_units/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('HostCpuUnitsService.list', { follow: 'string' });

/**
 * The `host_cpu_units` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_cpu_units}
 */
export class HostCpuUnitsService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_cpu_units/methods/list}
   * @returns The `cpu_units` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_cpu_units/methods/list/parameters/cpu_units}
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
   * Like {@link HostCpuUnitsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_cpu_units/methods/list}
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
