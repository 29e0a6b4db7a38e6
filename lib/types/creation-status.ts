// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 4 values of the `creation_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `CreationStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/creation_status | reference: creation_status}
 */
export const CreationStatus = {
  /**
   * `'pending'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/creation_status | reference: creation_status}
   */
  PENDING: 'pending',
  /**
   * `'in_progress'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/creation_status | reference: creation_status}
   */
  IN_PROGRESS: 'in_progress',
  /**
   * `'complete'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/creation_status | reference: creation_status}
   */
  COMPLETE: 'complete',
  /**
   * `'failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/creation_status | reference: creation_status}
   */
  FAILED: 'failed',
} as const;

/**
 * One of the 4 values of {@link CreationStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/creation_status | reference: creation_status}
 */
export type CreationStatus = (typeof CreationStatus)[keyof typeof CreationStatus];
