// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { EventSubscriptionService } from './event-subscription-service';

/**
 * Options of {@link EventSubscriptionsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscriptions/methods/list | reference: event_subscriptions.list}
 */
export interface EventSubscriptionsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /users/{user_id}/eventsubscriptions`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscriptions/methods/list | reference: event_subscriptions.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /users/{user_id}/eventsubscriptions`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscriptions/methods/list | reference: event_subscriptions.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('EventSubscriptionsService.add', {}, ['eventSubscription', t.EventSubscription]);
const LIST_PARAMETERS = methodParameters('EventSubscriptionsService.list', { max: 'integer', follow: 'string' });

/**
 * The `event_subscriptions` service of the API.
 *
 * Path below the API root: `/users/{user_id}/eventsubscriptions`.
 * Reached with `connection.systemService().usersService().userService(id).eventSubscriptionsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscriptions | reference: event_subscriptions}
 * @since API 4.4.0
 */
export class EventSubscriptionsService extends Service {
  /**
   * Adds a `event_subscription`: sends `POST /users/{user_id}/eventsubscriptions` with it as the `<event_subscription>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `eventSubscription.event`
   *
   * Also accepts: `eventSubscription.notificationMethod`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscriptions/methods/add | reference: event_subscriptions.add}
   * @param eventSubscription The `event_subscription` to send: `EventSubscriptionInit` (a `EventSubscription` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `event_subscription` as the engine answers it.
   * @since API 4.4.0
   */
  add(eventSubscription: t.EventSubscriptionInit, opts: RequestOptions = {}): Promise<t.EventSubscription> {
    const refused = checkParameters(ADD_PARAMETERS, opts, eventSubscription);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(eventSubscription, 'event_subscription', {}, opts) as Promise<t.EventSubscription>;
  }

  /**
   * Lists the `event_subscription` objects: sends `GET /users/{user_id}/eventsubscriptions` and reads the `<event_subscriptions>` the engine answers, one item per `<event_subscription>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscriptions/methods/list | reference: event_subscriptions.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link EventSubscriptionsServiceListOptions}).
   * @returns The `event_subscriptions`: a list of `EventSubscription`.
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
   * Like {@link EventSubscriptionsService.list} (it sends `GET /users/{user_id}/eventsubscriptions` with the same options), but yields
   * each `event_subscription` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscriptions/methods/list | reference: event_subscriptions.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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
   * Locates the `event_subscription` service at `{event_subscription_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscription | reference: event_subscription}
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
