// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link FenceAgentService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface FenceAgentServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agent/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link FenceAgentService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface FenceAgentServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agent/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link FenceAgentService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface FenceAgentServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agent/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('FenceAgentService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('FenceAgentService.update', { async: 'boolean' }, ['agent', t.Agent]);
const REMOVE_PARAMETERS = methodParameters('FenceAgentService.remove', { async: 'boolean' });

/**
 * The `fence_agent` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agent}
 */
export class FenceAgentService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agent/methods/get}
   * @returns The `agent` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agent/methods/get/parameters/agent}
   */
  get(opts: FenceAgentServiceGetOptions = {}): Promise<t.Agent> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Agent>;
  }

  /**
   * Updates the object: `PUT` of `<agent>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agent/methods/update}
   * @param agent The `agent` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agent/methods/update/parameters/agent}
   */
  update(agent: t.AgentInit, opts: FenceAgentServiceUpdateOptions = {}): Promise<t.Agent> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, agent);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(agent, 'agent', query, opts) as Promise<t.Agent>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agent/methods/remove}
   */
  remove(opts: FenceAgentServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
