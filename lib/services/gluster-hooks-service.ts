// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { GlusterHookService } from './gluster-hook-service';

/**
 * Options of {@link GlusterHooksService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hooks/methods/list | reference: gluster_hooks.list}
 */
export interface GlusterHooksServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /clusters/{cluster_id}/glusterhooks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hooks/methods/list | reference: gluster_hooks.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/glusterhooks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hooks/methods/list | reference: gluster_hooks.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('GlusterHooksService.list', { max: 'integer', follow: 'string' });

/**
 * The `gluster_hooks` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/glusterhooks` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/glusterhooks`).
 * Reached with `connection.systemService().clustersService().clusterService(id).glusterHooksService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hooks | reference: gluster_hooks}
 */
export class GlusterHooksService extends Service {
  /**
   * Lists the `gluster_hook` objects: sends `GET /clusters/{cluster_id}/glusterhooks` (or the same below any other of the service's 2 paths) and reads the `<gluster_hooks>` the engine answers, one item per `<gluster_hook>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hooks/methods/list | reference: gluster_hooks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterHooksServiceListOptions}).
   * @returns The `hooks`: a list of `GlusterHook`.
   */
  list(opts: GlusterHooksServiceListOptions = {}): Promise<List<t.GlusterHook>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.GlusterHook>>;
  }

  /**
   * Like {@link GlusterHooksService.list} (it sends `GET /clusters/{cluster_id}/glusterhooks` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `gluster_hook` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hooks/methods/list | reference: gluster_hooks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: GlusterHooksServiceListOptions = {}): AsyncGenerator<t.GlusterHook, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'GlusterHooksService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.GlusterHook, void, undefined>;
  }

  /**
   * Locates the `gluster_hook` service at `{hook_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook | reference: gluster_hook}
   */
  hookService(id: string | number): GlusterHookService {
    return new GlusterHookService(this.connection, `${this.path}/${idSegment(id, 'GlusterHooksService.hookService')}`);
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
