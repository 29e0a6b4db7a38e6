// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `policy_unit_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `PolicyUnitType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/policy_unit_type | reference: policy_unit_type}
 */
export const PolicyUnitType = {
  /**
   * `'filter'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/policy_unit_type | reference: policy_unit_type}
   */
  FILTER: 'filter',
  /**
   * `'weight'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/policy_unit_type | reference: policy_unit_type}
   */
  WEIGHT: 'weight',
  /**
   * `'load_balancing'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/policy_unit_type | reference: policy_unit_type}
   */
  LOAD_BALANCING: 'load_balancing',
} as const;

/**
 * One of the 3 values of {@link PolicyUnitType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/policy_unit_type | reference: policy_unit_type}
 */
export type PolicyUnitType = (typeof PolicyUnitType)[keyof typeof PolicyUnitType];
