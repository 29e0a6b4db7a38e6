// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OperatingSystemService } from './operating-system-service';

/**
 * Options of {@link OperatingSystemsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/operating_systems/methods/list | reference: operating_systems.list}
 */
export interface OperatingSystemsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /operatingsystems`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/operating_systems/methods/list | reference: operating_systems.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /operatingsystems`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/operating_systems/methods/list | reference: operating_systems.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('OperatingSystemsService.list', { max: 'integer', follow: 'string' });

/**
 * The `operating_systems` service of the API.
 *
 * Path below the API root: `/operatingsystems`.
 * Reached with `connection.systemService().operatingSystemsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/operating_systems | reference: operating_systems}
 */
export class OperatingSystemsService extends Service {
  /**
   * Lists the `operating_system_info` objects: sends `GET /operatingsystems` and reads the `<operation_systems>` the engine answers, one item per `<operating_system>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/operating_systems/methods/list | reference: operating_systems.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OperatingSystemsServiceListOptions}).
   * @returns The `operating_system`: a list of `OperatingSystemInfo`.
   */
  list(opts: OperatingSystemsServiceListOptions = {}): Promise<List<t.OperatingSystemInfo>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.OperatingSystemInfo>>;
  }

  /**
   * Like {@link OperatingSystemsService.list} (it sends `GET /operatingsystems` with the same options), but yields
   * each `operating_system_info` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/operating_systems/methods/list | reference: operating_systems.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: OperatingSystemsServiceListOptions = {}): AsyncGenerator<t.OperatingSystemInfo, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'OperatingSystemsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.OperatingSystemInfo, void, undefined>;
  }

  /**
   * Locates the `operating_system` service at `{operating_system_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/operating_system | reference: operating_system}
   */
  operatingSystemService(id: string | number): OperatingSystemService {
    return new OperatingSystemService(this.connection, `${this.path}/${idSegment(id, 'OperatingSystemsService.operatingSystemService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.operatingSystemService(decodeURIComponent(head)).service(rest);
  }
}
