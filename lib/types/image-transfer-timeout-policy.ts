// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `image_transfer_timeout_policy` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `ImageTransferTimeoutPolicy | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_timeout_policy | reference: image_transfer_timeout_policy}
 * @since API 4.4.5
 */
export const ImageTransferTimeoutPolicy = {
  /**
   * `'legacy'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_timeout_policy | reference: image_transfer_timeout_policy}
   * @since API 4.4.5
   */
  LEGACY: 'legacy',
  /**
   * `'pause'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_timeout_policy | reference: image_transfer_timeout_policy}
   * @since API 4.4.5
   */
  PAUSE: 'pause',
  /**
   * `'cancel'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_timeout_policy | reference: image_transfer_timeout_policy}
   * @since API 4.4.5
   */
  CANCEL: 'cancel',
} as const;

/**
 * One of the 3 values of {@link ImageTransferTimeoutPolicy} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_transfer_timeout_policy | reference: image_transfer_timeout_policy}
 */
export type ImageTransferTimeoutPolicy = (typeof ImageTransferTimeoutPolicy)[keyof typeof ImageTransferTimeoutPolicy];
