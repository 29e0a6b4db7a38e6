// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `vnic_pass_through_mode` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `VnicPassThroughMode | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_pass_through_mode | reference: vnic_pass_through_mode}
 */
export const VnicPassThroughMode = {
  /**
   * `'enabled'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_pass_through_mode | reference: vnic_pass_through_mode}
   */
  ENABLED: 'enabled',
  /**
   * `'disabled'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_pass_through_mode | reference: vnic_pass_through_mode}
   */
  DISABLED: 'disabled',
} as const;

/**
 * One of the 2 values of {@link VnicPassThroughMode} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_pass_through_mode | reference: vnic_pass_through_mode}
 */
export type VnicPassThroughMode = (typeof VnicPassThroughMode)[keyof typeof VnicPassThroughMode];
