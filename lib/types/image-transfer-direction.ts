// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `image_transfer_direction` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_transfer_direction}
 * @since API 4.1
 */
export const ImageTransferDirection = {
  /** @since API 4.1 */
  UPLOAD: 'upload',
  /** @since API 4.1 */
  DOWNLOAD: 'download',
} as const;

/** One of the {@link ImageTransferDirection} values. */
export type ImageTransferDirection = (typeof ImageTransferDirection)[keyof typeof ImageTransferDirection];
