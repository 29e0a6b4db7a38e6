// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link FenceAgentService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agent/methods/get | reference: fence_agent.get}
 */
export interface FenceAgentServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/fenceagents/{agent_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agent/methods/get | reference: fence_agent.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link FenceAgentService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agent/methods/update | reference: fence_agent.update}
 */
export interface FenceAgentServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /hosts/{host_id}/fenceagents/{agent_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agent/methods/update | reference: fence_agent.update}
   */
  async?: boolean;
}

/**
 * Options of {@link FenceAgentService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agent/methods/remove | reference: fence_agent.remove}
 */
export interface FenceAgentServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /hosts/{host_id}/fenceagents/{agent_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agent/methods/remove | reference: fence_agent.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('FenceAgentService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('FenceAgentService.update', { async: 'boolean' }, ['agent', t.Agent]);
const REMOVE_PARAMETERS = methodParameters('FenceAgentService.remove', { async: 'boolean' });

/**
 * The `fence_agent` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/fenceagents/{agent_id}`.
 * Reached with `connection.systemService().hostsService().hostService(id).fenceAgentsService().agentService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agent | reference: fence_agent}
 */
export class FenceAgentService extends Service {
  /**
   * Retrieves the `agent`: sends `GET /hosts/{host_id}/fenceagents/{agent_id}` and reads the `<agent>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agent/methods/get | reference: fence_agent.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link FenceAgentServiceGetOptions}).
   * @returns The `agent`: `Agent`.
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
   * Updates the `agent`: sends `PUT /hosts/{host_id}/fenceagents/{agent_id}` with the `<agent>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `agent.address`, `agent.order`, `agent.password`, `agent.port`, `agent.type`, `agent.username`, `agent.encryptOptions`, `agent.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agent/methods/update | reference: fence_agent.update}
   * @param agent The `agent` to send: `AgentInit` (a `Agent` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link FenceAgentServiceUpdateOptions}).
   * @returns The `agent` as the engine answers it.
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
   * Removes: sends `DELETE /hosts/{host_id}/fenceagents/{agent_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agent/methods/remove | reference: fence_agent.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link FenceAgentServiceRemoveOptions}).
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
