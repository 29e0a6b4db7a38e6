// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 5 values of the `step_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `StepStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_status | reference: step_status}
 */
export const StepStatus = {
  /**
   * `'aborted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_status | reference: step_status}
   */
  ABORTED: 'aborted',
  /**
   * `'failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_status | reference: step_status}
   */
  FAILED: 'failed',
  /**
   * `'finished'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_status | reference: step_status}
   */
  FINISHED: 'finished',
  /**
   * `'started'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_status | reference: step_status}
   */
  STARTED: 'started',
  /**
   * `'unknown'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_status | reference: step_status}
   */
  UNKNOWN: 'unknown',
} as const;

/**
 * One of the 5 values of {@link StepStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step_status | reference: step_status}
 */
export type StepStatus = (typeof StepStatus)[keyof typeof StepStatus];
