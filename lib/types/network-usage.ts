// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `network_usage` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_usage}
 */
export const NetworkUsage = {
  /** @since API 4.2 */
  DEFAULT_ROUTE: 'default_route',
  DISPLAY: 'display',
  GLUSTER: 'gluster',
  MANAGEMENT: 'management',
  MIGRATION: 'migration',
  VM: 'vm',
} as const;

/** One of the {@link NetworkUsage} values. */
export type NetworkUsage = (typeof NetworkUsage)[keyof typeof NetworkUsage];
