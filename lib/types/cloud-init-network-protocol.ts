// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `cloud_init_network_protocol` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cloud_init_network_protocol}
 * @since API 4.2.8
 */
export const CloudInitNetworkProtocol = {
  /** @since API 4.2.8 */
  ENI: 'eni',
  /** @since API 4.2.8 */
  OPENSTACK_METADATA: 'openstack_metadata',
} as const;

/** One of the {@link CloudInitNetworkProtocol} values. */
export type CloudInitNetworkProtocol = (typeof CloudInitNetworkProtocol)[keyof typeof CloudInitNetworkProtocol];
