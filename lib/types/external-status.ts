// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 5 values of the `external_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `ExternalStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_status | reference: external_status}
 */
export const ExternalStatus = {
  /**
   * `'error'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_status | reference: external_status}
   */
  ERROR: 'error',
  /**
   * `'failure'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_status | reference: external_status}
   */
  FAILURE: 'failure',
  /**
   * `'info'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_status | reference: external_status}
   */
  INFO: 'info',
  /**
   * `'ok'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_status | reference: external_status}
   */
  OK: 'ok',
  /**
   * `'warning'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_status | reference: external_status}
   */
  WARNING: 'warning',
} as const;

/**
 * One of the 5 values of {@link ExternalStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_status | reference: external_status}
 */
export type ExternalStatus = (typeof ExternalStatus)[keyof typeof ExternalStatus];
