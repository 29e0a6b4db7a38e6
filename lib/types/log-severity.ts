// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 4 values of the `log_severity` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `LogSeverity | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/log_severity | reference: log_severity}
 */
export const LogSeverity = {
  /**
   * `'normal'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/log_severity | reference: log_severity}
   */
  NORMAL: 'normal',
  /**
   * `'warning'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/log_severity | reference: log_severity}
   */
  WARNING: 'warning',
  /**
   * `'error'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/log_severity | reference: log_severity}
   */
  ERROR: 'error',
  /**
   * `'alert'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/log_severity | reference: log_severity}
   */
  ALERT: 'alert',
} as const;

/**
 * One of the 4 values of {@link LogSeverity} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/log_severity | reference: log_severity}
 */
export type LogSeverity = (typeof LogSeverity)[keyof typeof LogSeverity];
