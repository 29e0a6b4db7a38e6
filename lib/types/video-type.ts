// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 4 values of the `video_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `VideoType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/video_type | reference: video_type}
 */
export const VideoType = {
  /**
   * `'bochs'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/video_type | reference: video_type}
   */
  BOCHS: 'bochs',
  /**
   * `'cirrus'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/video_type | reference: video_type}
   * @deprecated The API model marks it deprecated.
   */
  CIRRUS: 'cirrus',
  /**
   * `'vga'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/video_type | reference: video_type}
   */
  VGA: 'vga',
  /**
   * `'qxl'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/video_type | reference: video_type}
   * @deprecated The API model marks it deprecated.
   */
  QXL: 'qxl',
} as const;

/**
 * One of the 4 values of {@link VideoType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/video_type | reference: video_type}
 */
export type VideoType = (typeof VideoType)[keyof typeof VideoType];
