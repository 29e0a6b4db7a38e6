// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `watchdog_model` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/watchdog_model}
 */
export const WatchdogModel = {
  I6300ESB: 'i6300esb',
  /** @since API 4.2 */
  DIAG288: 'diag288',
} as const;

/** One of the {@link WatchdogModel} values. */
export type WatchdogModel = (typeof WatchdogModel)[keyof typeof WatchdogModel];
