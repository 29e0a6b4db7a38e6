// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `vm_status` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vm_status}
 */
export const VmStatus = {
  UNASSIGNED: 'unassigned',
  DOWN: 'down',
  UP: 'up',
  POWERING_UP: 'powering_up',
  PAUSED: 'paused',
  MIGRATING: 'migrating',
  UNKNOWN: 'unknown',
  NOT_RESPONDING: 'not_responding',
  WAIT_FOR_LAUNCH: 'wait_for_launch',
  REBOOT_IN_PROGRESS: 'reboot_in_progress',
  SAVING_STATE: 'saving_state',
  RESTORING_STATE: 'restoring_state',
  SUSPENDED: 'suspended',
  IMAGE_LOCKED: 'image_locked',
  POWERING_DOWN: 'powering_down',
} as const;

/** One of the {@link VmStatus} values. */
export type VmStatus = (typeof VmStatus)[keyof typeof VmStatus];
