// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `image_transfer_phase` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer_phase}
 * @since API 4.0.4
 */
export const ImageTransferPhase = {
  /** @since API 4.0.4 */
  UNKNOWN: 'unknown',
  /** @since API 4.0.4 */
  INITIALIZING: 'initializing',
  /** @since API 4.0.4 */
  TRANSFERRING: 'transferring',
  /** @since API 4.0.4 */
  RESUMING: 'resuming',
  /** @since API 4.5.1 */
  PAUSED_SYSTEM: 'paused_system',
  /** @since API 4.0.4 */
  PAUSED_USER: 'paused_user',
  /**
   * @since API 4.0.4
   * @deprecated The model marks it deprecated.
   */
  CANCELLED: 'cancelled',
  /** @since API 4.0.4 */
  FINALIZING_SUCCESS: 'finalizing_success',
  /** @since API 4.0.4 */
  FINALIZING_FAILURE: 'finalizing_failure',
  /** @since API 4.0.4 */
  FINISHED_SUCCESS: 'finished_success',
  /** @since API 4.0.4 */
  FINISHED_FAILURE: 'finished_failure',
  /** @since API 4.3.5 */
  CANCELLED_SYSTEM: 'cancelled_system',
  /** @since API 4.3.5 */
  CANCELLED_USER: 'cancelled_user',
  /** @since API 4.3.5 */
  FINALIZING_CLEANUP: 'finalizing_cleanup',
  /** @since API 4.3.5 */
  FINISHED_CLEANUP: 'finished_cleanup',
} as const;

/** One of the {@link ImageTransferPhase} values. */
export type ImageTransferPhase = (typeof ImageTransferPhase)[keyof typeof ImageTransferPhase];
