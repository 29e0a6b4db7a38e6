// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `image_transfer_timeout_policy` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer_timeout_policy}
 * @since API 4.4.5
 */
export const ImageTransferTimeoutPolicy = {
  /** @since API 4.4.5 */
  LEGACY: 'legacy',
  /** @since API 4.4.5 */
  PAUSE: 'pause',
  /** @since API 4.4.5 */
  CANCEL: 'cancel',
} as const;

/** One of the {@link ImageTransferTimeoutPolicy} values. */
export type ImageTransferTimeoutPolicy = (typeof ImageTransferTimeoutPolicy)[keyof typeof ImageTransferTimeoutPolicy];
