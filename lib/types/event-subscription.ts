// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { NotifiableEvent } from './notifiable-event';
import type { NotificationMethod } from './notification-method';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `event_subscription` type of the API, on the wire `<event_subscription>` (a list: `<event_subscriptions>` with one `<event_subscription>` per item); 8 attributes and 0 links.
 *
 * Create one with `new EventSubscription({ ... })`, or pass a plain {@link EventSubscriptionInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription}
 */
export class EventSubscription extends Struct {
  /**
   * `NotifiableEvent` (158 values; or another string, from a newer engine). On the wire: element `<event>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `event` attribute)
   * @since API 4.4.0
   */
  event?: NotifiableEvent | (string & {});

  /**
   * `User`. On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `user` attribute)
   * @since API 4.4.0
   */
  user?: User;

  /**
   * `NotificationMethod` (`smtp`, `snmp`; or another string, from a newer engine). On the wire: element `<notification_method>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `notification_method` attribute)
   * @since API 4.4.0
   */
  notificationMethod?: NotificationMethod | (string & {});

  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `address` attribute)
   * @since API 4.4.0
   */
  address?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<event_subscription>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `event_subscription` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: EventSubscriptionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.event = undefined;
      this.user = undefined;
      this.notificationMethod = undefined;
      this.address = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `event_subscription` as the SDK accepts it: a {@link EventSubscription} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription}
 */
export interface EventSubscriptionInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<event_subscription>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription}
   */
  href?: string;
  /**
   * `NotifiableEvent` (158 values; another string is sent as it is). On the wire: element `<event>`.
   *
   * Needed by:
   * - `EventSubscriptionsService.add`: `eventSubscription.event`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `event` attribute)
   * @since API 4.4.0
   */
  event?: NotifiableEvent | (string & {});
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `user` attribute)
   * @since API 4.4.0
   */
  user?: UserInit;
  /**
   * `NotificationMethod` (`smtp`, `snmp`; another string is sent as it is). On the wire: element `<notification_method>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `notification_method` attribute)
   * @since API 4.4.0
   */
  notificationMethod?: NotificationMethod | (string & {});
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `address` attribute)
   * @since API 4.4.0
   */
  address?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<event_subscription>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event_subscription | reference: event_subscription} (its `comment` attribute)
   */
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(EventSubscription, () => ({
  href: VALUE,
  event: VALUE,
  user: User,
  notificationMethod: VALUE,
  address: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
