// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `host_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `HostType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_type | reference: host_type}
 */
export const HostType = {
  /**
   * `'rhel'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_type | reference: host_type}
   */
  RHEL: 'rhel',
  /**
   * `'rhev_h'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_type | reference: host_type}
   * @deprecated The API model marks it deprecated.
   */
  RHEV_H: 'rhev_h',
  /**
   * `'ovirt_node'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_type | reference: host_type}
   */
  OVIRT_NODE: 'ovirt_node',
} as const;

/**
 * One of the 3 values of {@link HostType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_type | reference: host_type}
 */
export type HostType = (typeof HostType)[keyof typeof HostType];
