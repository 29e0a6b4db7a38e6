// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `spm_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `SpmStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/spm_status | reference: spm_status}
 */
export const SpmStatus = {
  /**
   * `'none'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/spm_status | reference: spm_status}
   */
  NONE: 'none',
  /**
   * `'contending'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/spm_status | reference: spm_status}
   */
  CONTENDING: 'contending',
  /**
   * `'spm'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/spm_status | reference: spm_status}
   */
  SPM: 'spm',
} as const;

/**
 * One of the 3 values of {@link SpmStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/spm_status | reference: spm_status}
 */
export type SpmStatus = (typeof SpmStatus)[keyof typeof SpmStatus];
