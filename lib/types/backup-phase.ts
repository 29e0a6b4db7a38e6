// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `backup_phase` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/backup_phase}
 */
export const BackupPhase = {
  /** @since API 4.3 */
  INITIALIZING: 'initializing',
  /** @since API 4.3 */
  STARTING: 'starting',
  /** @since API 4.3 */
  READY: 'ready',
  /** @since API 4.3 */
  FINALIZING: 'finalizing',
  /** @since API 4.4.7 */
  SUCCEEDED: 'succeeded',
  /** @since API 4.4.7 */
  FAILED: 'failed',
} as const;

/** One of the {@link BackupPhase} values. */
export type BackupPhase = (typeof BackupPhase)[keyof typeof BackupPhase];
