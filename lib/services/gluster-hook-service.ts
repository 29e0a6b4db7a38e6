// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link GlusterHookService.disable}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/disable | reference: gluster_hook.disable}
 */
export interface GlusterHookServiceDisableOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glusterhooks/{hook_id}/disable` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/disable | reference: gluster_hook.disable}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterHookService.enable}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/enable | reference: gluster_hook.enable}
 */
export interface GlusterHookServiceEnableOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glusterhooks/{hook_id}/enable` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/enable | reference: gluster_hook.enable}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterHookService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/get | reference: gluster_hook.get}
 */
export interface GlusterHookServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/glusterhooks/{hook_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/get | reference: gluster_hook.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link GlusterHookService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/remove | reference: gluster_hook.remove}
 */
export interface GlusterHookServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /clusters/{cluster_id}/glusterhooks/{hook_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/remove | reference: gluster_hook.remove}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterHookService.resolve}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/resolve | reference: gluster_hook.resolve}
 */
export interface GlusterHookServiceResolveOptions extends RequestOptions {
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<host>` in the `<action>` body of `POST /clusters/{cluster_id}/glusterhooks/{hook_id}/resolve` (or the same below any other of the service's 2 paths).
   *
   * Also accepts: `opts.host.id` or `opts.host.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/resolve | reference: gluster_hook.resolve}
   */
  host?: t.HostInit;
  /**
   * `string`, sent as `<resolution_type>` in the `<action>` body of `POST /clusters/{cluster_id}/glusterhooks/{hook_id}/resolve` (or the same below any other of the service's 2 paths).
   *
   * Needs (the engine refuses the request without them):
   * - `opts.resolutionType`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/resolve | reference: gluster_hook.resolve}
   */
  resolutionType?: string;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glusterhooks/{hook_id}/resolve` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/resolve | reference: gluster_hook.resolve}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const DISABLE_PARAMETERS = methodParameters('GlusterHookService.disable', { async: 'boolean' });
const ENABLE_PARAMETERS = methodParameters('GlusterHookService.enable', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('GlusterHookService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('GlusterHookService.remove', { async: 'boolean' });
const RESOLVE_PARAMETERS = methodParameters('GlusterHookService.resolve', { host: t.Host, resolutionType: 'string', async: 'boolean' });

/**
 * The `gluster_hook` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/glusterhooks/{hook_id}` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/glusterhooks/{hook_id}`).
 * Reached with `connection.systemService().clustersService().clusterService(id).glusterHooksService().hookService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook | reference: gluster_hook}
 */
export class GlusterHookService extends Service {
  /**
   * The `disable` action: sends `POST /clusters/{cluster_id}/glusterhooks/{hook_id}/disable` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/disable | reference: gluster_hook.disable}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterHookServiceDisableOptions}).
   */
  disable(opts: GlusterHookServiceDisableOptions = {}): Promise<void> {
    const refused = checkParameters(DISABLE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('disable', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `enable` action: sends `POST /clusters/{cluster_id}/glusterhooks/{hook_id}/enable` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/enable | reference: gluster_hook.enable}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterHookServiceEnableOptions}).
   */
  enable(opts: GlusterHookServiceEnableOptions = {}): Promise<void> {
    const refused = checkParameters(ENABLE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('enable', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the `gluster_hook`: sends `GET /clusters/{cluster_id}/glusterhooks/{hook_id}` (or the same below any other of the service's 2 paths) and reads the `<gluster_hook>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/get | reference: gluster_hook.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterHookServiceGetOptions}).
   * @returns The `hook`: `GlusterHook`.
   */
  get(opts: GlusterHookServiceGetOptions = {}): Promise<t.GlusterHook> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.GlusterHook>;
  }

  /**
   * Removes: sends `DELETE /clusters/{cluster_id}/glusterhooks/{hook_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/remove | reference: gluster_hook.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterHookServiceRemoveOptions}).
   */
  remove(opts: GlusterHookServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * The `resolve` action: sends `POST /clusters/{cluster_id}/glusterhooks/{hook_id}/resolve` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.resolutionType`
   *
   * Also accepts: `opts.host.id` or `opts.host.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hook/methods/resolve | reference: gluster_hook.resolve}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterHookServiceResolveOptions}).
   */
  resolve(opts: GlusterHookServiceResolveOptions = {}): Promise<void> {
    const refused = checkParameters(RESOLVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      host: opts.host,
      resolutionType: opts.resolutionType,
      async: opts.async,
    };
    return this._action('resolve', action, undefined, opts) as Promise<void>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
