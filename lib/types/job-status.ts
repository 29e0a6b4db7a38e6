// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 5 values of the `job_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `JobStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job_status | reference: job_status}
 */
export const JobStatus = {
  /**
   * `'aborted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job_status | reference: job_status}
   */
  ABORTED: 'aborted',
  /**
   * `'failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job_status | reference: job_status}
   */
  FAILED: 'failed',
  /**
   * `'finished'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job_status | reference: job_status}
   */
  FINISHED: 'finished',
  /**
   * `'started'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job_status | reference: job_status}
   */
  STARTED: 'started',
  /**
   * `'unknown'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job_status | reference: job_status}
   */
  UNKNOWN: 'unknown',
} as const;

/**
 * One of the 5 values of {@link JobStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job_status | reference: job_status}
 */
export type JobStatus = (typeof JobStatus)[keyof typeof JobStatus];
