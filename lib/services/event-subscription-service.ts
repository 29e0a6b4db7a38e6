// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link EventSubscriptionService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscription/methods/remove | reference: event_subscription.remove}
 */
export interface EventSubscriptionServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /users/{user_id}/eventsubscriptions/{event_subscription_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscription/methods/remove | reference: event_subscription.remove}
   * @since API 4.4.0
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('EventSubscriptionService.get', {});
const REMOVE_PARAMETERS = methodParameters('EventSubscriptionService.remove', { async: 'boolean' });

/**
 * The `event_subscription` service of the API.
 *
 * Path below the API root: `/users/{user_id}/eventsubscriptions/{event_subscription_id}`.
 * Reached with `connection.systemService().usersService().userService(id).eventSubscriptionsService().eventSubscriptionService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscription | reference: event_subscription}
 * @since API 4.4.0
 */
export class EventSubscriptionService extends Service {
  /**
   * Retrieves the `event_subscription`: sends `GET /users/{user_id}/eventsubscriptions/{event_subscription_id}` and reads the `<event_subscription>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscription/methods/get | reference: event_subscription.get}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `event_subscription`: `EventSubscription`.
   * @since API 4.4.0
   */
  get(opts: RequestOptions = {}): Promise<t.EventSubscription> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._get({}, opts) as Promise<t.EventSubscription>;
  }

  /**
   * Removes: sends `DELETE /users/{user_id}/eventsubscriptions/{event_subscription_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/event_subscription/methods/remove | reference: event_subscription.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link EventSubscriptionServiceRemoveOptions}).
   * @since API 4.4.0
   */
  remove(opts: EventSubscriptionServiceRemoveOptions = {}): Promise<void> {
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
