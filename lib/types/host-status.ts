// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `host_status` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_status}
 */
export const HostStatus = {
  DOWN: 'down',
  ERROR: 'error',
  INITIALIZING: 'initializing',
  INSTALLING: 'installing',
  INSTALL_FAILED: 'install_failed',
  MAINTENANCE: 'maintenance',
  NON_OPERATIONAL: 'non_operational',
  NON_RESPONSIVE: 'non_responsive',
  /** @deprecated The model marks it deprecated. */
  PENDING_APPROVAL: 'pending_approval',
  PREPARING_FOR_MAINTENANCE: 'preparing_for_maintenance',
  CONNECTING: 'connecting',
  REBOOT: 'reboot',
  UNASSIGNED: 'unassigned',
  UP: 'up',
  INSTALLING_OS: 'installing_os',
  KDUMPING: 'kdumping',
} as const;

/** One of the {@link HostStatus} values. */
export type HostStatus = (typeof HostStatus)[keyof typeof HostStatus];
