// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `migration_bandwidth_assignment_method` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `MigrationBandwidthAssignmentMethod | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_bandwidth_assignment_method | reference: migration_bandwidth_assignment_method}
 */
export const MigrationBandwidthAssignmentMethod = {
  /**
   * `'auto'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_bandwidth_assignment_method | reference: migration_bandwidth_assignment_method}
   */
  AUTO: 'auto',
  /**
   * `'custom'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_bandwidth_assignment_method | reference: migration_bandwidth_assignment_method}
   */
  CUSTOM: 'custom',
  /**
   * `'hypervisor_default'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_bandwidth_assignment_method | reference: migration_bandwidth_assignment_method}
   */
  HYPERVISOR_DEFAULT: 'hypervisor_default',
} as const;

/**
 * One of the 3 values of {@link MigrationBandwidthAssignmentMethod} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/migration_bandwidth_assignment_method | reference: migration_bandwidth_assignment_method}
 */
export type MigrationBandwidthAssignmentMethod = (typeof MigrationBandwidthAssignmentMethod)[keyof typeof MigrationBandwidthAssignmentMethod];
