// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `scsi_generic_i_o` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `ScsiGenericIO | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scsi_generic_i_o | reference: scsi_generic_i_o}
 */
export const ScsiGenericIO = {
  /**
   * `'filtered'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scsi_generic_i_o | reference: scsi_generic_i_o}
   */
  FILTERED: 'filtered',
  /**
   * `'unfiltered'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scsi_generic_i_o | reference: scsi_generic_i_o}
   */
  UNFILTERED: 'unfiltered',
  /**
   * `'disabled'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scsi_generic_i_o | reference: scsi_generic_i_o}
   * @since API 4.3.5
   */
  DISABLED: 'disabled',
} as const;

/**
 * One of the 3 values of {@link ScsiGenericIO} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/scsi_generic_i_o | reference: scsi_generic_i_o}
 */
export type ScsiGenericIO = (typeof ScsiGenericIO)[keyof typeof ScsiGenericIO];
