// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 15 values of the `vm_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `VmStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
 */
export const VmStatus = {
  /**
   * `'unassigned'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  UNASSIGNED: 'unassigned',
  /**
   * `'down'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  DOWN: 'down',
  /**
   * `'up'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  UP: 'up',
  /**
   * `'powering_up'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  POWERING_UP: 'powering_up',
  /**
   * `'paused'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  PAUSED: 'paused',
  /**
   * `'migrating'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  MIGRATING: 'migrating',
  /**
   * `'unknown'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  UNKNOWN: 'unknown',
  /**
   * `'not_responding'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  NOT_RESPONDING: 'not_responding',
  /**
   * `'wait_for_launch'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  WAIT_FOR_LAUNCH: 'wait_for_launch',
  /**
   * `'reboot_in_progress'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  REBOOT_IN_PROGRESS: 'reboot_in_progress',
  /**
   * `'saving_state'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  SAVING_STATE: 'saving_state',
  /**
   * `'restoring_state'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  RESTORING_STATE: 'restoring_state',
  /**
   * `'suspended'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  SUSPENDED: 'suspended',
  /**
   * `'image_locked'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  IMAGE_LOCKED: 'image_locked',
  /**
   * `'powering_down'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
   */
  POWERING_DOWN: 'powering_down',
} as const;

/**
 * One of the 15 values of {@link VmStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vm_status | reference: vm_status}
 */
export type VmStatus = (typeof VmStatus)[keyof typeof VmStatus];
