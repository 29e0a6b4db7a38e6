// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 1 values of the `openstack_volume_authentication_key_usage_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `OpenstackVolumeAuthenticationKeyUsageType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key_usage_type | reference: openstack_volume_authentication_key_usage_type}
 * @deprecated The API model marks it deprecated.
 */
export const OpenstackVolumeAuthenticationKeyUsageType = {
  /**
   * `'ceph'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key_usage_type | reference: openstack_volume_authentication_key_usage_type}
   */
  CEPH: 'ceph',
} as const;

/**
 * One of the 1 values of {@link OpenstackVolumeAuthenticationKeyUsageType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key_usage_type | reference: openstack_volume_authentication_key_usage_type}
 */
export type OpenstackVolumeAuthenticationKeyUsageType = (typeof OpenstackVolumeAuthenticationKeyUsageType)[keyof typeof OpenstackVolumeAuthenticationKeyUsageType];
