// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { FenceAgentService } from './fence-agent-service';

/**
 * Options of {@link FenceAgentsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agents/methods/list | reference: fence_agents.list}
 */
export interface FenceAgentsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /hosts/{host_id}/fenceagents`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agents/methods/list | reference: fence_agents.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/fenceagents`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agents/methods/list | reference: fence_agents.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('FenceAgentsService.add', {}, ['agent', t.Agent]);
const LIST_PARAMETERS = methodParameters('FenceAgentsService.list', { max: 'integer', follow: 'string' });

/**
 * The `fence_agents` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/fenceagents`.
 * Reached with `connection.systemService().hostsService().hostService(id).fenceAgentsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agents | reference: fence_agents}
 */
export class FenceAgentsService extends Service {
  /**
   * Adds a `agent`: sends `POST /hosts/{host_id}/fenceagents` with it as the `<agent>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `agent.address`
   * - `agent.order`
   * - `agent.password`
   * - `agent.type`
   * - `agent.username`
   *
   * Also accepts: `agent.port`, `agent.encryptOptions`, `agent.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agents/methods/add | reference: fence_agents.add}
   * @param agent The `agent` to send: `AgentInit` (a `Agent` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `agent` as the engine answers it.
   */
  add(agent: t.AgentInit, opts: RequestOptions = {}): Promise<t.Agent> {
    const refused = checkParameters(ADD_PARAMETERS, opts, agent);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(agent, 'agent', {}, opts) as Promise<t.Agent>;
  }

  /**
   * Lists the `agent` objects: sends `GET /hosts/{host_id}/fenceagents` and reads the `<agents>` the engine answers, one item per `<agent>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agents/methods/list | reference: fence_agents.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link FenceAgentsServiceListOptions}).
   * @returns The `agents`: a list of `Agent`.
   */
  list(opts: FenceAgentsServiceListOptions = {}): Promise<List<t.Agent>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Agent>>;
  }

  /**
   * Like {@link FenceAgentsService.list} (it sends `GET /hosts/{host_id}/fenceagents` with the same options), but yields
   * each `agent` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agents/methods/list | reference: fence_agents.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: FenceAgentsServiceListOptions = {}): AsyncGenerator<t.Agent, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'FenceAgentsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Agent, void, undefined>;
  }

  /**
   * Locates the `fence_agent` service at `{agent_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agent | reference: fence_agent}
   */
  agentService(id: string | number): FenceAgentService {
    return new FenceAgentService(this.connection, `${this.path}/${idSegment(id, 'FenceAgentsService.agentService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.agentService(decodeURIComponent(head)).service(rest);
  }
}
