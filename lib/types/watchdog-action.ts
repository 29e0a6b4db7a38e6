// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 5 values of the `watchdog_action` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `WatchdogAction | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/watchdog_action | reference: watchdog_action}
 */
export const WatchdogAction = {
  /**
   * `'none'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/watchdog_action | reference: watchdog_action}
   */
  NONE: 'none',
  /**
   * `'reset'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/watchdog_action | reference: watchdog_action}
   */
  RESET: 'reset',
  /**
   * `'poweroff'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/watchdog_action | reference: watchdog_action}
   */
  POWEROFF: 'poweroff',
  /**
   * `'pause'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/watchdog_action | reference: watchdog_action}
   */
  PAUSE: 'pause',
  /**
   * `'dump'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/watchdog_action | reference: watchdog_action}
   */
  DUMP: 'dump',
} as const;

/**
 * One of the 5 values of {@link WatchdogAction} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/watchdog_action | reference: watchdog_action}
 */
export type WatchdogAction = (typeof WatchdogAction)[keyof typeof WatchdogAction];
