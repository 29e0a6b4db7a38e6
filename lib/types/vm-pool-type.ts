// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `vm_pool_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `VmPoolType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool_type | reference: vm_pool_type}
 */
export const VmPoolType = {
  /**
   * `'automatic'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool_type | reference: vm_pool_type}
   */
  AUTOMATIC: 'automatic',
  /**
   * `'manual'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool_type | reference: vm_pool_type}
   */
  MANUAL: 'manual',
} as const;

/**
 * One of the 2 values of {@link VmPoolType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_pool_type | reference: vm_pool_type}
 */
export type VmPoolType = (typeof VmPoolType)[keyof typeof VmPoolType];
