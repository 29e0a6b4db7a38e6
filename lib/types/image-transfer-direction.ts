// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `image_transfer_direction` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `ImageTransferDirection | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_direction | reference: image_transfer_direction}
 * @since API 4.1
 */
export const ImageTransferDirection = {
  /**
   * `'upload'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_direction | reference: image_transfer_direction}
   * @since API 4.1
   */
  UPLOAD: 'upload',
  /**
   * `'download'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_direction | reference: image_transfer_direction}
   * @since API 4.1
   */
  DOWNLOAD: 'download',
} as const;

/**
 * One of the 2 values of {@link ImageTransferDirection} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_direction | reference: image_transfer_direction}
 */
export type ImageTransferDirection = (typeof ImageTransferDirection)[keyof typeof ImageTransferDirection];
