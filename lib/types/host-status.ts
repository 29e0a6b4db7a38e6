// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 16 values of the `host_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `HostStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
 */
export const HostStatus = {
  /**
   * `'down'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  DOWN: 'down',
  /**
   * `'error'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  ERROR: 'error',
  /**
   * `'initializing'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  INITIALIZING: 'initializing',
  /**
   * `'installing'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  INSTALLING: 'installing',
  /**
   * `'install_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  INSTALL_FAILED: 'install_failed',
  /**
   * `'maintenance'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  MAINTENANCE: 'maintenance',
  /**
   * `'non_operational'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  NON_OPERATIONAL: 'non_operational',
  /**
   * `'non_responsive'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  NON_RESPONSIVE: 'non_responsive',
  /**
   * `'pending_approval'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   * @deprecated The API model marks it deprecated.
   */
  PENDING_APPROVAL: 'pending_approval',
  /**
   * `'preparing_for_maintenance'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  PREPARING_FOR_MAINTENANCE: 'preparing_for_maintenance',
  /**
   * `'connecting'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  CONNECTING: 'connecting',
  /**
   * `'reboot'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  REBOOT: 'reboot',
  /**
   * `'unassigned'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  UNASSIGNED: 'unassigned',
  /**
   * `'up'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  UP: 'up',
  /**
   * `'installing_os'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  INSTALLING_OS: 'installing_os',
  /**
   * `'kdumping'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
   */
  KDUMPING: 'kdumping',
} as const;

/**
 * One of the 16 values of {@link HostStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_status | reference: host_status}
 */
export type HostStatus = (typeof HostStatus)[keyof typeof HostStatus];
