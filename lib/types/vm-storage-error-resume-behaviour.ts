// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `vm_storage_error_resume_behaviour` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_storage_error_resume_behaviour}
 * @since API 4.2
 */
export const VmStorageErrorResumeBehaviour = {
  /** @since API 4.2 */
  LEAVE_PAUSED: 'leave_paused',
  /** @since API 4.2 */
  AUTO_RESUME: 'auto_resume',
  /** @since API 4.2 */
  KILL: 'kill',
} as const;

/** One of the {@link VmStorageErrorResumeBehaviour} values. */
export type VmStorageErrorResumeBehaviour = (typeof VmStorageErrorResumeBehaviour)[keyof typeof VmStorageErrorResumeBehaviour];
