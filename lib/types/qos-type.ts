// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 4 values of the `qos_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `QosType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos_type | reference: qos_type}
 */
export const QosType = {
  /**
   * `'storage'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos_type | reference: qos_type}
   */
  STORAGE: 'storage',
  /**
   * `'cpu'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos_type | reference: qos_type}
   */
  CPU: 'cpu',
  /**
   * `'network'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos_type | reference: qos_type}
   */
  NETWORK: 'network',
  /**
   * `'hostnetwork'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos_type | reference: qos_type}
   */
  HOSTNETWORK: 'hostnetwork',
} as const;

/**
 * One of the 4 values of {@link QosType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qos_type | reference: qos_type}
 */
export type QosType = (typeof QosType)[keyof typeof QosType];
