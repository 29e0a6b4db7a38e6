// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { EventService } from './event-service';

/**
 * Options of {@link EventsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events/methods/list | reference: events.list}
 */
export interface EventsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `from` of `GET /events`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events/methods/list | reference: events.list}
   */
  from?: number;
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /events`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events/methods/list | reference: events.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /events`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events/methods/list | reference: events.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /events`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events/methods/list | reference: events.list}
   */
  caseSensitive?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /events`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events/methods/list | reference: events.list}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link EventsService.undelete}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events/methods/undelete | reference: events.undelete}
 */
export interface EventsServiceUndeleteOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /events/undelete`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events/methods/undelete | reference: events.undelete}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('EventsService.add', {}, ['event', t.Event]);
const LIST_PARAMETERS = methodParameters('EventsService.list', { from: 'integer', max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });
const UNDELETE_PARAMETERS = methodParameters('EventsService.undelete', { async: 'boolean' });

/**
 * The `events` service of the API.
 *
 * Path below the API root: `/events`.
 * Reached with `connection.systemService().eventsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events | reference: events}
 */
export class EventsService extends Service {
  /**
   * Adds a `event`: sends `POST /events` with it as the `<event>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `event.customId`
   * - `event.description`
   * - `event.origin`
   * - `event.severity`
   *
   * Also accepts: `event.cluster.id`, `event.dataCenter.id`, `event.floodRate`, `event.host.externalStatus`, `event.host.id`, `event.storageDomain.externalStatus`, `event.storageDomain.id`, `event.template.id`, `event.user.id`, `event.vm.id`, `event.logOnHost`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events/methods/add | reference: events.add}
   * @param event The `event` to send: `EventInit` (a `Event` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `event` as the engine answers it.
   */
  add(event: t.EventInit, opts: RequestOptions = {}): Promise<t.Event> {
    const refused = checkParameters(ADD_PARAMETERS, opts, event);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(event, 'event', {}, opts) as Promise<t.Event>;
  }

  /**
   * Lists the `event` objects: sends `GET /events` and reads the `<events>` the engine answers, one item per `<event>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events/methods/list | reference: events.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link EventsServiceListOptions}).
   * @returns The `events`: a list of `Event`.
   */
  list(opts: EventsServiceListOptions = {}): Promise<List<t.Event>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      from: opts.from,
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Event>>;
  }

  /**
   * Like {@link EventsService.list} (it sends `GET /events` with the same options), but yields
   * each `event` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events/methods/list | reference: events.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: EventsServiceListOptions = {}): AsyncGenerator<t.Event, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'EventsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      from: opts.from,
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Event, void, undefined>;
  }

  /**
   * The `undelete` action: sends `POST /events/undelete` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events/methods/undelete | reference: events.undelete}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link EventsServiceUndeleteOptions}).
   */
  undelete(opts: EventsServiceUndeleteOptions = {}): Promise<void> {
    const refused = checkParameters(UNDELETE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('undelete', action, undefined, opts) as Promise<void>;
  }

  /**
   * Locates the `event` service at `{event_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event | reference: event}
   */
  eventService(id: string | number): EventService {
    return new EventService(this.connection, `${this.path}/${idSegment(id, 'EventsService.eventService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.eventService(decodeURIComponent(head)).service(rest);
  }
}
