// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `notification_method` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/notification_method}
 * @since API 4.4.0
 */
export const NotificationMethod = {
  /** @since API 4.4.0 */
  SMTP: 'smtp',
  /** @since API 4.4.0 */
  SNMP: 'snmp',
} as const;

/** One of the {@link NotificationMethod} values. */
export type NotificationMethod = (typeof NotificationMethod)[keyof typeof NotificationMethod];
