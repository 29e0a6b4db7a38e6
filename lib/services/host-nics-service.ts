// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { HostNicService } from './host-nic-service';

/**
 * Options of {@link HostNicsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nics/methods/list | reference: host_nics.list}
 */
export interface HostNicsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /hosts/{host_id}/nics`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nics/methods/list | reference: host_nics.list}
   */
  max?: number;
  /**
   * `boolean`, sent as query parameter `all_content` of `GET /hosts/{host_id}/nics`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nics/methods/list | reference: host_nics.list}
   */
  allContent?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/nics`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nics/methods/list | reference: host_nics.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('HostNicsService.list', { max: 'integer', allContent: 'boolean', follow: 'string' });

/**
 * The `host_nics` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/nics`.
 * Reached with `connection.systemService().hostsService().hostService(id).nicsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nics | reference: host_nics}
 */
export class HostNicsService extends Service {
  /**
   * Lists the `host_nic` objects: sends `GET /hosts/{host_id}/nics` and reads the `<host_nics>` the engine answers, one item per `<host_nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nics/methods/list | reference: host_nics.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostNicsServiceListOptions}).
   * @returns The `nics`: a list of `HostNic`.
   */
  list(opts: HostNicsServiceListOptions = {}): Promise<List<t.HostNic>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      all_content: opts.allContent,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.HostNic>>;
  }

  /**
   * Like {@link HostNicsService.list} (it sends `GET /hosts/{host_id}/nics` with the same options), but yields
   * each `host_nic` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nics/methods/list | reference: host_nics.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: HostNicsServiceListOptions = {}): AsyncGenerator<t.HostNic, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'HostNicsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      all_content: opts.allContent,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.HostNic, void, undefined>;
  }

  /**
   * Locates the `host_nic` service at `{nic_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nic | reference: host_nic}
   */
  nicService(id: string | number): HostNicService {
    return new HostNicService(this.connection, `${this.path}/${idSegment(id, 'HostNicsService.nicService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.nicService(decodeURIComponent(head)).service(rest);
  }
}
