// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `vm_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `VmType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_type | reference: vm_type}
 */
export const VmType = {
  /**
   * `'desktop'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_type | reference: vm_type}
   */
  DESKTOP: 'desktop',
  /**
   * `'server'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_type | reference: vm_type}
   */
  SERVER: 'server',
  /**
   * `'high_performance'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_type | reference: vm_type}
   * @since API 4.2
   */
  HIGH_PERFORMANCE: 'high_performance',
} as const;

/**
 * One of the 3 values of {@link VmType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_type | reference: vm_type}
 */
export type VmType = (typeof VmType)[keyof typeof VmType];
