// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `cloud_init_network_protocol` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `CloudInitNetworkProtocol | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init_network_protocol | reference: cloud_init_network_protocol}
 * @since API 4.2.8
 */
export const CloudInitNetworkProtocol = {
  /**
   * `'eni'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init_network_protocol | reference: cloud_init_network_protocol}
   * @since API 4.2.8
   */
  ENI: 'eni',
  /**
   * `'openstack_metadata'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init_network_protocol | reference: cloud_init_network_protocol}
   * @since API 4.2.8
   */
  OPENSTACK_METADATA: 'openstack_metadata',
} as const;

/**
 * One of the 2 values of {@link CloudInitNetworkProtocol} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cloud_init_network_protocol | reference: cloud_init_network_protocol}
 */
export type CloudInitNetworkProtocol = (typeof CloudInitNetworkProtocol)[keyof typeof CloudInitNetworkProtocol];
