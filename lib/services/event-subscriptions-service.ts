// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { EventSubscriptionService } from './event-subscription-service';

/** Options of {@link EventSubscriptionsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface EventSubscriptionsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscriptions/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscriptions/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('EventSubscriptionsService.add', {}, ['eventSubscription', t.EventSubscription]);
const LIST_PARAMETERS = methodParameters('EventSubscriptionsService.list', { max: 'integer', follow: 'string' });

/**
 * The `event_subscriptions` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscriptions}
 * @since API 4.4.0
 */
export class EventSubscriptionsService extends Service {
  /**
   * Adds an object: `POST` of `<event_subscription>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscriptions/methods/add}
   * @param eventSubscription The `event_subscription` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscriptions/methods/add/parameters/event_subscription}
   * @since API 4.4.0
   */
  add(eventSubscription: t.EventSubscriptionInit, opts: RequestOptions = {}): Promise<t.EventSubscription> {
    const refused = checkParameters(ADD_PARAMETERS, opts, eventSubscription);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(eventSubscription, 'event_subscription', {}, opts) as Promise<t.EventSubscription>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscriptions/methods/list}
   * @returns The `event_subscriptions` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscriptions/methods/list/parameters/event_subscriptions}
   */
  list(opts: EventSubscriptionsServiceListOptions = {}): Promise<List<t.EventSubscription>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.EventSubscription>>;
  }

  /**
   * Like {@link EventSubscriptionsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscriptions/methods/list}
   */
  listStream(opts: EventSubscriptionsServiceListOptions = {}): AsyncGenerator<t.EventSubscription, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'EventSubscriptionsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.EventSubscription, void, undefined>;
  }

  /**
   * Locates the `event_subscription` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscription}); sends no request.
   * @since API 4.4.0
   */
  eventSubscriptionService(id: string | number): EventSubscriptionService {
    return new EventSubscriptionService(this.connection, `${this.path}/${idSegment(id, 'EventSubscriptionsService.eventSubscriptionService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.eventSubscriptionService(decodeURIComponent(head)).service(rest);
  }
}
