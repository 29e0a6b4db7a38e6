// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 6 values of the `network_usage` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `NetworkUsage | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_usage | reference: network_usage}
 */
export const NetworkUsage = {
  /**
   * `'default_route'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_usage | reference: network_usage}
   * @since API 4.2
   */
  DEFAULT_ROUTE: 'default_route',
  /**
   * `'display'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_usage | reference: network_usage}
   */
  DISPLAY: 'display',
  /**
   * `'gluster'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_usage | reference: network_usage}
   */
  GLUSTER: 'gluster',
  /**
   * `'management'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_usage | reference: network_usage}
   */
  MANAGEMENT: 'management',
  /**
   * `'migration'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_usage | reference: network_usage}
   */
  MIGRATION: 'migration',
  /**
   * `'vm'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_usage | reference: network_usage}
   */
  VM: 'vm',
} as const;

/**
 * One of the 6 values of {@link NetworkUsage} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_usage | reference: network_usage}
 */
export type NetworkUsage = (typeof NetworkUsage)[keyof typeof NetworkUsage];
