// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `vm_affinity` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `VmAffinity | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_affinity | reference: vm_affinity}
 */
export const VmAffinity = {
  /**
   * `'migratable'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_affinity | reference: vm_affinity}
   */
  MIGRATABLE: 'migratable',
  /**
   * `'user_migratable'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_affinity | reference: vm_affinity}
   */
  USER_MIGRATABLE: 'user_migratable',
  /**
   * `'pinned'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_affinity | reference: vm_affinity}
   */
  PINNED: 'pinned',
} as const;

/**
 * One of the 3 values of {@link VmAffinity} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_affinity | reference: vm_affinity}
 */
export type VmAffinity = (typeof VmAffinity)[keyof typeof VmAffinity];
