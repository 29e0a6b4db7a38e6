// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link EventService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event/methods/get | reference: event.get}
 */
export interface EventServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /events/{event_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event/methods/get | reference: event.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link EventService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event/methods/remove | reference: event.remove}
 */
export interface EventServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /events/{event_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event/methods/remove | reference: event.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('EventService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('EventService.remove', { async: 'boolean' });

/**
 * The `event` service of the API.
 *
 * Path below the API root: `/events/{event_id}`.
 * Reached with `connection.systemService().eventsService().eventService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event | reference: event}
 */
export class EventService extends Service {
  /**
   * Retrieves the `event`: sends `GET /events/{event_id}` and reads the `<event>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event/methods/get | reference: event.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link EventServiceGetOptions}).
   * @returns The `event`: `Event`.
   */
  get(opts: EventServiceGetOptions = {}): Promise<t.Event> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Event>;
  }

  /**
   * Removes: sends `DELETE /events/{event_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event/methods/remove | reference: event.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link EventServiceRemoveOptions}).
   */
  remove(opts: EventServiceRemoveOptions = {}): Promise<void> {
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
