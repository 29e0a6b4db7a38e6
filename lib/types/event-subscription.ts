// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { NotifiableEvent } from './notifiable-event';
import type { NotificationMethod } from './notification-method';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `event_subscription` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event_subscription}
 */
export class EventSubscription extends Struct {
  /**
   * The `event` attribute (`<event>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event_subscription/attributes/event}
   * @since API 4.4.0
   */
  event?: NotifiableEvent;

  /**
   * The `user` attribute (`<user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event_subscription/attributes/user}
   * @since API 4.4.0
   */
  user?: User;

  /**
   * The `notification_method` attribute (`<notification_method>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event_subscription/attributes/notification_method}
   * @since API 4.4.0
   */
  notificationMethod?: NotificationMethod;

  /**
   * The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event_subscription/attributes/address}
   * @since API 4.4.0
   */
  address?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event_subscription/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event_subscription/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event_subscription/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event_subscription/attributes/comment} */
  comment?: string;

  /** Creates a `event_subscription`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: EventSubscriptionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `event_subscription` as the SDK accepts it: a {@link EventSubscription} or a plain object of the same shape, at any depth. */
export interface EventSubscriptionInit {
  href?: string;
  event?: NotifiableEvent;
  user?: UserInit;
  notificationMethod?: NotificationMethod;
  address?: string;
  id?: string;
  name?: string;
  description?: string;
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
