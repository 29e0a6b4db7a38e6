// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `image_file_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `ImageFileType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_file_type | reference: image_file_type}
 * @since API 4.2.0
 */
export const ImageFileType = {
  /**
   * `'iso'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_file_type | reference: image_file_type}
   * @since API 4.2.0
   */
  ISO: 'iso',
  /**
   * `'floppy'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_file_type | reference: image_file_type}
   * @since API 4.2.0
   */
  FLOPPY: 'floppy',
  /**
   * `'disk'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_file_type | reference: image_file_type}
   * @since API 4.2.0
   */
  DISK: 'disk',
} as const;

/**
 * One of the 3 values of {@link ImageFileType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/image_file_type | reference: image_file_type}
 */
export type ImageFileType = (typeof ImageFileType)[keyof typeof ImageFileType];
