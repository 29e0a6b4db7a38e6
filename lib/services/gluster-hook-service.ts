// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link GlusterHookService.disable}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterHookServiceDisableOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/disable/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterHookService.enable}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterHookServiceEnableOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/enable/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterHookService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterHookServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link GlusterHookService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterHookServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/remove/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterHookService.resolve}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterHookServiceResolveOptions extends RequestOptions {
  /** The `host` parameter (`<host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/resolve/parameters/host} */
  host?: t.HostInit;
  /** The `resolution_type` parameter (`<resolution_type>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/resolve/parameters/resolution_type} */
  resolutionType?: string;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/resolve/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const DISABLE_PARAMETERS = methodParameters('GlusterHookService.disable', { async: 'boolean' });
const ENABLE_PARAMETERS = methodParameters('GlusterHookService.enable', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('GlusterHookService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('GlusterHookService.remove', { async: 'boolean' });
const RESOLVE_PARAMETERS = methodParameters('GlusterHookService.resolve', { host: t.Host, resolutionType: 'string', async: 'boolean' });

/**
 * The `gluster_hook` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook}
 */
export class GlusterHookService extends Service {
  /**
   * The `disable` action: `POST` of an `<action>` to `.../disable`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/disable}
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
   * The `enable` action: `POST` of an `<action>` to `.../enable`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/enable}
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
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/get}
   * @returns The `hook` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/get/parameters/hook}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/remove}
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
   * The `resolve` action: `POST` of an `<action>` to `.../resolve`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hook/methods/resolve}
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
