// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link EventSubscriptionService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface EventSubscriptionServiceRemoveOptions extends RequestOptions {
  /**
   * The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscription/methods/remove/parameters/async}
   * @since API 4.4.0
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('EventSubscriptionService.get', {});
const REMOVE_PARAMETERS = methodParameters('EventSubscriptionService.remove', { async: 'boolean' });

/**
 * The `event_subscription` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscription}
 * @since API 4.4.0
 */
export class EventSubscriptionService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscription/methods/get}
   * @returns The `event_subscription` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscription/methods/get/parameters/event_subscription}
   * @since API 4.4.0
   */
  get(opts: RequestOptions = {}): Promise<t.EventSubscription> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._get({}, opts) as Promise<t.EventSubscription>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/event_subscription/methods/remove}
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
