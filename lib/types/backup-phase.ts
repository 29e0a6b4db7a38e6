// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 6 values of the `backup_phase` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `BackupPhase | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup_phase | reference: backup_phase}
 */
export const BackupPhase = {
  /**
   * `'initializing'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup_phase | reference: backup_phase}
   * @since API 4.3
   */
  INITIALIZING: 'initializing',
  /**
   * `'starting'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup_phase | reference: backup_phase}
   * @since API 4.3
   */
  STARTING: 'starting',
  /**
   * `'ready'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup_phase | reference: backup_phase}
   * @since API 4.3
   */
  READY: 'ready',
  /**
   * `'finalizing'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup_phase | reference: backup_phase}
   * @since API 4.3
   */
  FINALIZING: 'finalizing',
  /**
   * `'succeeded'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup_phase | reference: backup_phase}
   * @since API 4.4.7
   */
  SUCCEEDED: 'succeeded',
  /**
   * `'failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup_phase | reference: backup_phase}
   * @since API 4.4.7
   */
  FAILED: 'failed',
} as const;

/**
 * One of the 6 values of {@link BackupPhase} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/backup_phase | reference: backup_phase}
 */
export type BackupPhase = (typeof BackupPhase)[keyof typeof BackupPhase];
