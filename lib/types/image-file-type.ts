// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `image_file_type` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/image_file_type}
 * @since API 4.2.0
 */
export const ImageFileType = {
  /** @since API 4.2.0 */
  ISO: 'iso',
  /** @since API 4.2.0 */
  FLOPPY: 'floppy',
  /** @since API 4.2.0 */
  DISK: 'disk',
} as const;

/** One of the {@link ImageFileType} values. */
export type ImageFileType = (typeof ImageFileType)[keyof typeof ImageFileType];
