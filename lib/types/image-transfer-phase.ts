// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 15 values of the `image_transfer_phase` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `ImageTransferPhase | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
 * @since API 4.0.4
 */
export const ImageTransferPhase = {
  /**
   * `'unknown'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.0.4
   */
  UNKNOWN: 'unknown',
  /**
   * `'initializing'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.0.4
   */
  INITIALIZING: 'initializing',
  /**
   * `'transferring'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.0.4
   */
  TRANSFERRING: 'transferring',
  /**
   * `'resuming'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.0.4
   */
  RESUMING: 'resuming',
  /**
   * `'paused_system'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.5.1
   */
  PAUSED_SYSTEM: 'paused_system',
  /**
   * `'paused_user'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.0.4
   */
  PAUSED_USER: 'paused_user',
  /**
   * `'cancelled'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.0.4
   * @deprecated The API model marks it deprecated.
   */
  CANCELLED: 'cancelled',
  /**
   * `'finalizing_success'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.0.4
   */
  FINALIZING_SUCCESS: 'finalizing_success',
  /**
   * `'finalizing_failure'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.0.4
   */
  FINALIZING_FAILURE: 'finalizing_failure',
  /**
   * `'finished_success'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.0.4
   */
  FINISHED_SUCCESS: 'finished_success',
  /**
   * `'finished_failure'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.0.4
   */
  FINISHED_FAILURE: 'finished_failure',
  /**
   * `'cancelled_system'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.3.5
   */
  CANCELLED_SYSTEM: 'cancelled_system',
  /**
   * `'cancelled_user'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.3.5
   */
  CANCELLED_USER: 'cancelled_user',
  /**
   * `'finalizing_cleanup'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.3.5
   */
  FINALIZING_CLEANUP: 'finalizing_cleanup',
  /**
   * `'finished_cleanup'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
   * @since API 4.3.5
   */
  FINISHED_CLEANUP: 'finished_cleanup',
} as const;

/**
 * One of the 15 values of {@link ImageTransferPhase} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_phase | reference: image_transfer_phase}
 */
export type ImageTransferPhase = (typeof ImageTransferPhase)[keyof typeof ImageTransferPhase];
