// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 158 values of the `notifiable_event` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `NotifiableEvent | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
 * @since API 4.4.0
 */
export const NotifiableEvent = {
  /**
   * `'engine_stop'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  ENGINE_STOP: 'engine_stop',
  /**
   * `'engine_backup_started'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  ENGINE_BACKUP_STARTED: 'engine_backup_started',
  /**
   * `'engine_backup_completed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  ENGINE_BACKUP_COMPLETED: 'engine_backup_completed',
  /**
   * `'engine_backup_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  ENGINE_BACKUP_FAILED: 'engine_backup_failed',
  /**
   * `'engine_ca_certification_is_about_to_expire'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  ENGINE_CA_CERTIFICATION_IS_ABOUT_TO_EXPIRE: 'engine_ca_certification_is_about_to_expire',
  /**
   * `'engine_ca_certification_has_expired'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  ENGINE_CA_CERTIFICATION_HAS_EXPIRED: 'engine_ca_certification_has_expired',
  /**
   * `'engine_certification_is_about_to_expire'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  ENGINE_CERTIFICATION_IS_ABOUT_TO_EXPIRE: 'engine_certification_is_about_to_expire',
  /**
   * `'engine_certification_has_expired'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  ENGINE_CERTIFICATION_HAS_EXPIRED: 'engine_certification_has_expired',
  /**
   * `'cluster_alert_ha_reservation'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  CLUSTER_ALERT_HA_RESERVATION: 'cluster_alert_ha_reservation',
  /**
   * `'network_update_display_for_cluster_with_active_vm'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  NETWORK_UPDATE_DISPLAY_FOR_CLUSTER_WITH_ACTIVE_VM: 'network_update_display_for_cluster_with_active_vm',
  /**
   * `'cluster_alert_ha_reservation_down'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  CLUSTER_ALERT_HA_RESERVATION_DOWN: 'cluster_alert_ha_reservation_down',
  /**
   * `'host_failure'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_FAILURE: 'host_failure',
  /**
   * `'host_updates_are_available'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_UPDATES_ARE_AVAILABLE: 'host_updates_are_available',
  /**
   * `'host_updates_are_available_with_packages'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_UPDATES_ARE_AVAILABLE_WITH_PACKAGES: 'host_updates_are_available_with_packages',
  /**
   * `'user_host_maintenance'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  USER_HOST_MAINTENANCE: 'user_host_maintenance',
  /**
   * `'user_host_maintenance_manual_ha'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  USER_HOST_MAINTENANCE_MANUAL_HA: 'user_host_maintenance_manual_ha',
  /**
   * `'user_host_maintenance_migration_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  USER_HOST_MAINTENANCE_MIGRATION_FAILED: 'user_host_maintenance_migration_failed',
  /**
   * `'host_activate_manual_ha'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_ACTIVATE_MANUAL_HA: 'host_activate_manual_ha',
  /**
   * `'host_activate_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_ACTIVATE_FAILED: 'host_activate_failed',
  /**
   * `'host_recover_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_RECOVER_FAILED: 'host_recover_failed',
  /**
   * `'host_approve_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_APPROVE_FAILED: 'host_approve_failed',
  /**
   * `'host_install_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_INSTALL_FAILED: 'host_install_failed',
  /**
   * `'host_time_drift_alert'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_TIME_DRIFT_ALERT: 'host_time_drift_alert',
  /**
   * `'host_set_nonoperational'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_SET_NONOPERATIONAL: 'host_set_nonoperational',
  /**
   * `'host_set_nonoperational_iface_down'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_SET_NONOPERATIONAL_IFACE_DOWN: 'host_set_nonoperational_iface_down',
  /**
   * `'host_low_mem'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_LOW_MEM: 'host_low_mem',
  /**
   * `'host_high_mem_use'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_HIGH_MEM_USE: 'host_high_mem_use',
  /**
   * `'host_interface_high_network_use'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_INTERFACE_HIGH_NETWORK_USE: 'host_interface_high_network_use',
  /**
   * `'host_high_cpu_use'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_HIGH_CPU_USE: 'host_high_cpu_use',
  /**
   * `'host_high_swap_use'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_HIGH_SWAP_USE: 'host_high_swap_use',
  /**
   * `'host_low_swap'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_LOW_SWAP: 'host_low_swap',
  /**
   * `'host_interface_state_down'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_INTERFACE_STATE_DOWN: 'host_interface_state_down',
  /**
   * `'host_bond_slave_state_down'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_BOND_SLAVE_STATE_DOWN: 'host_bond_slave_state_down',
  /**
   * `'network_update_display_for_host_with_active_vm'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  NETWORK_UPDATE_DISPLAY_FOR_HOST_WITH_ACTIVE_VM: 'network_update_display_for_host_with_active_vm',
  /**
   * `'host_certification_is_about_to_expire'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_CERTIFICATION_IS_ABOUT_TO_EXPIRE: 'host_certification_is_about_to_expire',
  /**
   * `'host_certification_has_expired'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_CERTIFICATION_HAS_EXPIRED: 'host_certification_has_expired',
  /**
   * `'host_certificate_has_invalid_san'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_CERTIFICATE_HAS_INVALID_SAN: 'host_certificate_has_invalid_san',
  /**
   * `'host_set_nonoperational_domain'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_SET_NONOPERATIONAL_DOMAIN: 'host_set_nonoperational_domain',
  /**
   * `'system_change_storage_pool_status_no_host_for_spm'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  SYSTEM_CHANGE_STORAGE_POOL_STATUS_NO_HOST_FOR_SPM: 'system_change_storage_pool_status_no_host_for_spm',
  /**
   * `'system_deactivated_storage_domain'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  SYSTEM_DEACTIVATED_STORAGE_DOMAIN: 'system_deactivated_storage_domain',
  /**
   * `'vm_failure'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_FAILURE: 'vm_failure',
  /**
   * `'vm_migration_start'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_MIGRATION_START: 'vm_migration_start',
  /**
   * `'vm_migration_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_MIGRATION_FAILED: 'vm_migration_failed',
  /**
   * `'vm_migration_to_server_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_MIGRATION_TO_SERVER_FAILED: 'vm_migration_to_server_failed',
  /**
   * `'vm_not_responding'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_NOT_RESPONDING: 'vm_not_responding',
  /**
   * `'vm_status_restored'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_STATUS_RESTORED: 'vm_status_restored',
  /**
   * `'ha_vm_restart_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HA_VM_RESTART_FAILED: 'ha_vm_restart_failed',
  /**
   * `'ha_vm_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HA_VM_FAILED: 'ha_vm_failed',
  /**
   * `'vm_console_connected'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_CONSOLE_CONNECTED: 'vm_console_connected',
  /**
   * `'vm_console_disconnected'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_CONSOLE_DISCONNECTED: 'vm_console_disconnected',
  /**
   * `'vm_set_ticket'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_SET_TICKET: 'vm_set_ticket',
  /**
   * `'vm_down_error'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_DOWN_ERROR: 'vm_down_error',
  /**
   * `'host_initiated_run_vm_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_INITIATED_RUN_VM_FAILED: 'host_initiated_run_vm_failed',
  /**
   * `'vm_paused'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_PAUSED: 'vm_paused',
  /**
   * `'vm_paused_eio'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_PAUSED_EIO: 'vm_paused_eio',
  /**
   * `'vm_paused_enospc'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_PAUSED_ENOSPC: 'vm_paused_enospc',
  /**
   * `'vm_paused_eperm'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_PAUSED_EPERM: 'vm_paused_eperm',
  /**
   * `'vm_paused_error'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_PAUSED_ERROR: 'vm_paused_error',
  /**
   * `'vm_recovered_from_pause_error'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  VM_RECOVERED_FROM_PAUSE_ERROR: 'vm_recovered_from_pause_error',
  /**
   * `'mac_address_is_external'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  MAC_ADDRESS_IS_EXTERNAL: 'mac_address_is_external',
  /**
   * `'host_slow_storage_response_time'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_SLOW_STORAGE_RESPONSE_TIME: 'host_slow_storage_response_time',
  /**
   * `'irs_failure'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  IRS_FAILURE: 'irs_failure',
  /**
   * `'irs_disk_space_low'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  IRS_DISK_SPACE_LOW: 'irs_disk_space_low',
  /**
   * `'irs_confirmed_disk_space_low'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  IRS_CONFIRMED_DISK_SPACE_LOW: 'irs_confirmed_disk_space_low',
  /**
   * `'irs_disk_space_low_error'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  IRS_DISK_SPACE_LOW_ERROR: 'irs_disk_space_low_error',
  /**
   * `'number_of_lvs_on_storage_domain_exceeded_threshold'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  NUMBER_OF_LVS_ON_STORAGE_DOMAIN_EXCEEDED_THRESHOLD: 'number_of_lvs_on_storage_domain_exceeded_threshold',
  /**
   * `'gluster_volume_create'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_CREATE: 'gluster_volume_create',
  /**
   * `'gluster_volume_create_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_CREATE_FAILED: 'gluster_volume_create_failed',
  /**
   * `'gluster_volume_option_added'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_OPTION_ADDED: 'gluster_volume_option_added',
  /**
   * `'gluster_volume_option_modified'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_OPTION_MODIFIED: 'gluster_volume_option_modified',
  /**
   * `'gluster_volume_option_set_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_OPTION_SET_FAILED: 'gluster_volume_option_set_failed',
  /**
   * `'gluster_volume_start'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_START: 'gluster_volume_start',
  /**
   * `'gluster_volume_start_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_START_FAILED: 'gluster_volume_start_failed',
  /**
   * `'gluster_volume_stop'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_STOP: 'gluster_volume_stop',
  /**
   * `'gluster_volume_stop_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_STOP_FAILED: 'gluster_volume_stop_failed',
  /**
   * `'gluster_volume_options_reset'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_OPTIONS_RESET: 'gluster_volume_options_reset',
  /**
   * `'gluster_volume_options_reset_all'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_OPTIONS_RESET_ALL: 'gluster_volume_options_reset_all',
  /**
   * `'gluster_volume_options_reset_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_OPTIONS_RESET_FAILED: 'gluster_volume_options_reset_failed',
  /**
   * `'gluster_volume_delete'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_DELETE: 'gluster_volume_delete',
  /**
   * `'gluster_volume_delete_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_DELETE_FAILED: 'gluster_volume_delete_failed',
  /**
   * `'gluster_volume_add_brick'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_ADD_BRICK: 'gluster_volume_add_brick',
  /**
   * `'gluster_volume_add_brick_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_ADD_BRICK_FAILED: 'gluster_volume_add_brick_failed',
  /**
   * `'gluster_volume_remove_bricks'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REMOVE_BRICKS: 'gluster_volume_remove_bricks',
  /**
   * `'gluster_volume_remove_bricks_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REMOVE_BRICKS_FAILED: 'gluster_volume_remove_bricks_failed',
  /**
   * `'start_removing_gluster_volume_bricks'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  START_REMOVING_GLUSTER_VOLUME_BRICKS: 'start_removing_gluster_volume_bricks',
  /**
   * `'start_removing_gluster_volume_bricks_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  START_REMOVING_GLUSTER_VOLUME_BRICKS_FAILED: 'start_removing_gluster_volume_bricks_failed',
  /**
   * `'gluster_volume_remove_bricks_stop'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REMOVE_BRICKS_STOP: 'gluster_volume_remove_bricks_stop',
  /**
   * `'gluster_volume_remove_bricks_stop_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REMOVE_BRICKS_STOP_FAILED: 'gluster_volume_remove_bricks_stop_failed',
  /**
   * `'gluster_volume_rebalance_start'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REBALANCE_START: 'gluster_volume_rebalance_start',
  /**
   * `'gluster_volume_rebalance_start_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REBALANCE_START_FAILED: 'gluster_volume_rebalance_start_failed',
  /**
   * `'gluster_volume_rebalance_stop'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REBALANCE_STOP: 'gluster_volume_rebalance_stop',
  /**
   * `'gluster_volume_rebalance_stop_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REBALANCE_STOP_FAILED: 'gluster_volume_rebalance_stop_failed',
  /**
   * `'gluster_volume_replace_brick_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REPLACE_BRICK_FAILED: 'gluster_volume_replace_brick_failed',
  /**
   * `'gluster_volume_replace_brick_start'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REPLACE_BRICK_START: 'gluster_volume_replace_brick_start',
  /**
   * `'gluster_volume_replace_brick_start_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REPLACE_BRICK_START_FAILED: 'gluster_volume_replace_brick_start_failed',
  /**
   * `'gluster_volume_brick_replaced'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_BRICK_REPLACED: 'gluster_volume_brick_replaced',
  /**
   * `'gluster_volume_rebalance_start_detected_from_cli'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REBALANCE_START_DETECTED_FROM_CLI: 'gluster_volume_rebalance_start_detected_from_cli',
  /**
   * `'start_removing_gluster_volume_bricks_detected_from_cli'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  START_REMOVING_GLUSTER_VOLUME_BRICKS_DETECTED_FROM_CLI: 'start_removing_gluster_volume_bricks_detected_from_cli',
  /**
   * `'gluster_volume_rebalance_not_found_from_cli'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REBALANCE_NOT_FOUND_FROM_CLI: 'gluster_volume_rebalance_not_found_from_cli',
  /**
   * `'remove_gluster_volume_bricks_not_found_from_cli'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  REMOVE_GLUSTER_VOLUME_BRICKS_NOT_FOUND_FROM_CLI: 'remove_gluster_volume_bricks_not_found_from_cli',
  /**
   * `'gluster_volume_snapshot_created'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_SNAPSHOT_CREATED: 'gluster_volume_snapshot_created',
  /**
   * `'gluster_volume_snapshot_create_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_SNAPSHOT_CREATE_FAILED: 'gluster_volume_snapshot_create_failed',
  /**
   * `'gluster_server_add_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_SERVER_ADD_FAILED: 'gluster_server_add_failed',
  /**
   * `'gluster_server_remove'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_SERVER_REMOVE: 'gluster_server_remove',
  /**
   * `'gluster_server_remove_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_SERVER_REMOVE_FAILED: 'gluster_server_remove_failed',
  /**
   * `'gluster_volume_profile_start'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_PROFILE_START: 'gluster_volume_profile_start',
  /**
   * `'gluster_volume_profile_start_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_PROFILE_START_FAILED: 'gluster_volume_profile_start_failed',
  /**
   * `'gluster_volume_profile_stop'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_PROFILE_STOP: 'gluster_volume_profile_stop',
  /**
   * `'gluster_volume_profile_stop_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_PROFILE_STOP_FAILED: 'gluster_volume_profile_stop_failed',
  /**
   * `'gluster_hook_enable'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_HOOK_ENABLE: 'gluster_hook_enable',
  /**
   * `'gluster_hook_enable_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_HOOK_ENABLE_FAILED: 'gluster_hook_enable_failed',
  /**
   * `'gluster_hook_disable'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_HOOK_DISABLE: 'gluster_hook_disable',
  /**
   * `'gluster_hook_disable_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_HOOK_DISABLE_FAILED: 'gluster_hook_disable_failed',
  /**
   * `'gluster_hook_detected_new'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_HOOK_DETECTED_NEW: 'gluster_hook_detected_new',
  /**
   * `'gluster_hook_conflict_detected'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_HOOK_CONFLICT_DETECTED: 'gluster_hook_conflict_detected',
  /**
   * `'gluster_hook_detected_delete'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_HOOK_DETECTED_DELETE: 'gluster_hook_detected_delete',
  /**
   * `'gluster_hook_added'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_HOOK_ADDED: 'gluster_hook_added',
  /**
   * `'gluster_hook_add_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_HOOK_ADD_FAILED: 'gluster_hook_add_failed',
  /**
   * `'gluster_hook_removed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_HOOK_REMOVED: 'gluster_hook_removed',
  /**
   * `'gluster_hook_remove_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_HOOK_REMOVE_FAILED: 'gluster_hook_remove_failed',
  /**
   * `'gluster_service_started'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_SERVICE_STARTED: 'gluster_service_started',
  /**
   * `'gluster_service_start_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_SERVICE_START_FAILED: 'gluster_service_start_failed',
  /**
   * `'gluster_service_stopped'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_SERVICE_STOPPED: 'gluster_service_stopped',
  /**
   * `'gluster_service_stop_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_SERVICE_STOP_FAILED: 'gluster_service_stop_failed',
  /**
   * `'gluster_service_restarted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_SERVICE_RESTARTED: 'gluster_service_restarted',
  /**
   * `'gluster_service_restart_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_SERVICE_RESTART_FAILED: 'gluster_service_restart_failed',
  /**
   * `'gluster_brick_status_changed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_BRICK_STATUS_CHANGED: 'gluster_brick_status_changed',
  /**
   * `'gluster_volume_snapshot_deleted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_SNAPSHOT_DELETED: 'gluster_volume_snapshot_deleted',
  /**
   * `'gluster_volume_snapshot_delete_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_SNAPSHOT_DELETE_FAILED: 'gluster_volume_snapshot_delete_failed',
  /**
   * `'gluster_volume_all_snapshots_deleted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_ALL_SNAPSHOTS_DELETED: 'gluster_volume_all_snapshots_deleted',
  /**
   * `'gluster_volume_all_snapshots_delete_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_ALL_SNAPSHOTS_DELETE_FAILED: 'gluster_volume_all_snapshots_delete_failed',
  /**
   * `'gluster_volume_snapshot_activated'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_SNAPSHOT_ACTIVATED: 'gluster_volume_snapshot_activated',
  /**
   * `'gluster_volume_snapshot_activate_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_SNAPSHOT_ACTIVATE_FAILED: 'gluster_volume_snapshot_activate_failed',
  /**
   * `'gluster_volume_snapshot_deactivated'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_SNAPSHOT_DEACTIVATED: 'gluster_volume_snapshot_deactivated',
  /**
   * `'gluster_volume_snapshot_deactivate_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_SNAPSHOT_DEACTIVATE_FAILED: 'gluster_volume_snapshot_deactivate_failed',
  /**
   * `'gluster_volume_snapshot_restored'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_SNAPSHOT_RESTORED: 'gluster_volume_snapshot_restored',
  /**
   * `'gluster_volume_snapshot_restore_failed'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_SNAPSHOT_RESTORE_FAILED: 'gluster_volume_snapshot_restore_failed',
  /**
   * `'gluster_volume_confirmed_space_low'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_CONFIRMED_SPACE_LOW: 'gluster_volume_confirmed_space_low',
  /**
   * `'dwh_stopped'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  DWH_STOPPED: 'dwh_stopped',
  /**
   * `'dwh_error'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  DWH_ERROR: 'dwh_error',
  /**
   * `'gluster_volume_rebalance_finished'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_REBALANCE_FINISHED: 'gluster_volume_rebalance_finished',
  /**
   * `'gluster_volume_migrate_brick_data_finished'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  GLUSTER_VOLUME_MIGRATE_BRICK_DATA_FINISHED: 'gluster_volume_migrate_brick_data_finished',
  /**
   * `'host_untrusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  HOST_UNTRUSTED: 'host_untrusted',
  /**
   * `'user_update_vm_from_trusted_to_untrusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  USER_UPDATE_VM_FROM_TRUSTED_TO_UNTRUSTED: 'user_update_vm_from_trusted_to_untrusted',
  /**
   * `'user_update_vm_from_untrusted_to_trusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  USER_UPDATE_VM_FROM_UNTRUSTED_TO_TRUSTED: 'user_update_vm_from_untrusted_to_trusted',
  /**
   * `'importexport_import_vm_from_trusted_to_untrusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  IMPORTEXPORT_IMPORT_VM_FROM_TRUSTED_TO_UNTRUSTED: 'importexport_import_vm_from_trusted_to_untrusted',
  /**
   * `'importexport_import_vm_from_untrusted_to_trusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  IMPORTEXPORT_IMPORT_VM_FROM_UNTRUSTED_TO_TRUSTED: 'importexport_import_vm_from_untrusted_to_trusted',
  /**
   * `'user_add_vm_from_trusted_to_untrusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  USER_ADD_VM_FROM_TRUSTED_TO_UNTRUSTED: 'user_add_vm_from_trusted_to_untrusted',
  /**
   * `'user_add_vm_from_untrusted_to_trusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  USER_ADD_VM_FROM_UNTRUSTED_TO_TRUSTED: 'user_add_vm_from_untrusted_to_trusted',
  /**
   * `'importexport_import_template_from_trusted_to_untrusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  IMPORTEXPORT_IMPORT_TEMPLATE_FROM_TRUSTED_TO_UNTRUSTED: 'importexport_import_template_from_trusted_to_untrusted',
  /**
   * `'importexport_import_template_from_untrusted_to_trusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  IMPORTEXPORT_IMPORT_TEMPLATE_FROM_UNTRUSTED_TO_TRUSTED: 'importexport_import_template_from_untrusted_to_trusted',
  /**
   * `'user_add_vm_template_from_trusted_to_untrusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  USER_ADD_VM_TEMPLATE_FROM_TRUSTED_TO_UNTRUSTED: 'user_add_vm_template_from_trusted_to_untrusted',
  /**
   * `'user_add_vm_template_from_untrusted_to_trusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  USER_ADD_VM_TEMPLATE_FROM_UNTRUSTED_TO_TRUSTED: 'user_add_vm_template_from_untrusted_to_trusted',
  /**
   * `'user_update_vm_template_from_trusted_to_untrusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  USER_UPDATE_VM_TEMPLATE_FROM_TRUSTED_TO_UNTRUSTED: 'user_update_vm_template_from_trusted_to_untrusted',
  /**
   * `'user_update_vm_template_from_untrusted_to_trusted'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  USER_UPDATE_VM_TEMPLATE_FROM_UNTRUSTED_TO_TRUSTED: 'user_update_vm_template_from_untrusted_to_trusted',
  /**
   * `'faulty_multipaths_on_host'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  FAULTY_MULTIPATHS_ON_HOST: 'faulty_multipaths_on_host',
  /**
   * `'no_faulty_multipaths_on_host'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  NO_FAULTY_MULTIPATHS_ON_HOST: 'no_faulty_multipaths_on_host',
  /**
   * `'multipath_devices_without_valid_paths_on_host'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
   */
  MULTIPATH_DEVICES_WITHOUT_VALID_PATHS_ON_HOST: 'multipath_devices_without_valid_paths_on_host',
} as const;

/**
 * One of the 158 values of {@link NotifiableEvent} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/notifiable_event | reference: notifiable_event}
 */
export type NotifiableEvent = (typeof NotifiableEvent)[keyof typeof NotifiableEvent];
