// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { HostHookService } from './host-hook-service';

/**
 * Options of {@link HostHooksService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_hooks/methods/list | reference: host_hooks.list}
 */
export interface HostHooksServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /hosts/{host_id}/hooks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_hooks/methods/list | reference: host_hooks.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/hooks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_hooks/methods/list | reference: host_hooks.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('HostHooksService.list', { max: 'integer', follow: 'string' });

/**
 * The `host_hooks` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/hooks`.
 * Reached with `connection.systemService().hostsService().hostService(id).hooksService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_hooks | reference: host_hooks}
 */
export class HostHooksService extends Service {
  /**
   * Lists the `hook` objects: sends `GET /hosts/{host_id}/hooks` and reads the `<hooks>` the engine answers, one item per `<hook>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_hooks/methods/list | reference: host_hooks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostHooksServiceListOptions}).
   * @returns The `hooks`: a list of `Hook`.
   */
  list(opts: HostHooksServiceListOptions = {}): Promise<List<t.Hook>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Hook>>;
  }

  /**
   * Like {@link HostHooksService.list} (it sends `GET /hosts/{host_id}/hooks` with the same options), but yields
   * each `hook` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_hooks/methods/list | reference: host_hooks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: HostHooksServiceListOptions = {}): AsyncGenerator<t.Hook, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'HostHooksService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Hook, void, undefined>;
  }

  /**
   * Locates the `host_hook` service at `{hook_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_hook | reference: host_hook}
   */
  hookService(id: string | number): HostHookService {
    return new HostHookService(this.connection, `${this.path}/${idSegment(id, 'HostHooksService.hookService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.hookService(decodeURIComponent(head)).service(rest);
  }
}
