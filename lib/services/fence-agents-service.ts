// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { FenceAgentService } from './fence-agent-service';

/** Options of {@link FenceAgentsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface FenceAgentsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agents/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agents/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('FenceAgentsService.add', {}, ['agent', t.Agent]);
const LIST_PARAMETERS = methodParameters('FenceAgentsService.list', { max: 'integer', follow: 'string' });

/**
 * The `fence_agents` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agents}
 */
export class FenceAgentsService extends Service {
  /**
   * Adds an object: `POST` of `<agent>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agents/methods/add}
   * @param agent The `agent` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agents/methods/add/parameters/agent}
   */
  add(agent: t.AgentInit, opts: RequestOptions = {}): Promise<t.Agent> {
    const refused = checkParameters(ADD_PARAMETERS, opts, agent);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(agent, 'agent', {}, opts) as Promise<t.Agent>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agents/methods/list}
   * @returns The `agents` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agents/methods/list/parameters/agents}
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
   * Like {@link FenceAgentsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agents/methods/list}
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

  /** Locates the `agent` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agent}); sends no request. */
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
