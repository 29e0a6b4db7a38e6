// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `watchdog_model` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `WatchdogModel | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/watchdog_model | reference: watchdog_model}
 */
export const WatchdogModel = {
  /**
   * `'i6300esb'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/watchdog_model | reference: watchdog_model}
   */
  I6300ESB: 'i6300esb',
  /**
   * `'diag288'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/watchdog_model | reference: watchdog_model}
   * @since API 4.2
   */
  DIAG288: 'diag288',
} as const;

/**
 * One of the 2 values of {@link WatchdogModel} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/watchdog_model | reference: watchdog_model}
 */
export type WatchdogModel = (typeof WatchdogModel)[keyof typeof WatchdogModel];
