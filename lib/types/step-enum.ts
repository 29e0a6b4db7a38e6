// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 6 values of the `step_enum` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `StepEnum | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_enum | reference: step_enum}
 */
export const StepEnum = {
  /**
   * `'validating'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_enum | reference: step_enum}
   */
  VALIDATING: 'validating',
  /**
   * `'executing'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_enum | reference: step_enum}
   */
  EXECUTING: 'executing',
  /**
   * `'finalizing'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_enum | reference: step_enum}
   */
  FINALIZING: 'finalizing',
  /**
   * `'rebalancing_volume'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_enum | reference: step_enum}
   */
  REBALANCING_VOLUME: 'rebalancing_volume',
  /**
   * `'removing_bricks'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_enum | reference: step_enum}
   */
  REMOVING_BRICKS: 'removing_bricks',
  /**
   * `'unknown'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_enum | reference: step_enum}
   */
  UNKNOWN: 'unknown',
} as const;

/**
 * One of the 6 values of {@link StepEnum} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_enum | reference: step_enum}
 */
export type StepEnum = (typeof StepEnum)[keyof typeof StepEnum];
