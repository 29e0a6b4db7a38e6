// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 5 values of the `entity_external_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `EntityExternalStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/entity_external_status | reference: entity_external_status}
 */
export const EntityExternalStatus = {
  /**
   * `'ok'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/entity_external_status | reference: entity_external_status}
   */
  OK: 'ok',
  /**
   * `'info'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/entity_external_status | reference: entity_external_status}
   */
  INFO: 'info',
  /**
   * `'warning'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/entity_external_status | reference: entity_external_status}
   */
  WARNING: 'warning',
  /**
   * `'error'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/entity_external_status | reference: entity_external_status}
   */
  ERROR: 'error',
  /**
   * `'failure'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/entity_external_status | reference: entity_external_status}
   */
  FAILURE: 'failure',
} as const;

/**
 * One of the 5 values of {@link EntityExternalStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/entity_external_status | reference: entity_external_status}
 */
export type EntityExternalStatus = (typeof EntityExternalStatus)[keyof typeof EntityExternalStatus];
