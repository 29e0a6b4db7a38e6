// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { EventService } from './event-service';

/** Options of {@link EventsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface EventsServiceListOptions extends RequestOptions {
  /** The `from` parameter (query parameter `from`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events/methods/list/parameters/from} */
  from?: number;
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events/methods/list/parameters/search} */
  search?: string;
  /** The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events/methods/list/parameters/case_sensitive} */
  caseSensitive?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link EventsService.undelete}: the method's parameters, plus extra `query` and `headers`. */
export interface EventsServiceUndeleteOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events/methods/undelete/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('EventsService.add', {}, ['event', t.Event]);
const LIST_PARAMETERS = methodParameters('EventsService.list', { from: 'integer', max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });
const UNDELETE_PARAMETERS = methodParameters('EventsService.undelete', { async: 'boolean' });

/**
 * The `events` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events}
 */
export class EventsService extends Service {
  /**
   * Adds an object: `POST` of `<event>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events/methods/add}
   * @param event The `event` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events/methods/add/parameters/event}
   */
  add(event: t.EventInit, opts: RequestOptions = {}): Promise<t.Event> {
    const refused = checkParameters(ADD_PARAMETERS, opts, event);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(event, 'event', {}, opts) as Promise<t.Event>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events/methods/list}
   * @returns The `events` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events/methods/list/parameters/events}
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
   * Like {@link EventsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events/methods/list}
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
   * The `undelete` action: `POST` of an `<action>` to `.../undelete`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events/methods/undelete}
   */
  undelete(opts: EventsServiceUndeleteOptions = {}): Promise<void> {
    const refused = checkParameters(UNDELETE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('undelete', action, undefined, opts) as Promise<void>;
  }

  /** Locates the `event` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event}); sends no request. */
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
