// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `tpm_support` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `TpmSupport | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tpm_support | reference: tpm_support}
 */
export const TpmSupport = {
  /**
   * `'unsupported'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tpm_support | reference: tpm_support}
   */
  UNSUPPORTED: 'unsupported',
  /**
   * `'supported'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tpm_support | reference: tpm_support}
   */
  SUPPORTED: 'supported',
  /**
   * `'required'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tpm_support | reference: tpm_support}
   */
  REQUIRED: 'required',
} as const;

/**
 * One of the 3 values of {@link TpmSupport} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/tpm_support | reference: tpm_support}
 */
export type TpmSupport = (typeof TpmSupport)[keyof typeof TpmSupport];
