// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `vm_storage_error_resume_behaviour` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `VmStorageErrorResumeBehaviour | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_storage_error_resume_behaviour | reference: vm_storage_error_resume_behaviour}
 * @since API 4.2
 */
export const VmStorageErrorResumeBehaviour = {
  /**
   * `'leave_paused'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_storage_error_resume_behaviour | reference: vm_storage_error_resume_behaviour}
   * @since API 4.2
   */
  LEAVE_PAUSED: 'leave_paused',
  /**
   * `'auto_resume'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_storage_error_resume_behaviour | reference: vm_storage_error_resume_behaviour}
   * @since API 4.2
   */
  AUTO_RESUME: 'auto_resume',
  /**
   * `'kill'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_storage_error_resume_behaviour | reference: vm_storage_error_resume_behaviour}
   * @since API 4.2
   */
  KILL: 'kill',
} as const;

/**
 * One of the 3 values of {@link VmStorageErrorResumeBehaviour} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_storage_error_resume_behaviour | reference: vm_storage_error_resume_behaviour}
 */
export type VmStorageErrorResumeBehaviour = (typeof VmStorageErrorResumeBehaviour)[keyof typeof VmStorageErrorResumeBehaviour];
