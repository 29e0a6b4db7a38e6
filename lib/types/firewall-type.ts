// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `firewall_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `FirewallType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/firewall_type | reference: firewall_type}
 * @since API 4.2
 */
export const FirewallType = {
  /**
   * `'iptables'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/firewall_type | reference: firewall_type}
   * @since API 4.2
   */
  IPTABLES: 'iptables',
  /**
   * `'firewalld'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/firewall_type | reference: firewall_type}
   * @since API 4.2
   */
  FIREWALLD: 'firewalld',
} as const;

/**
 * One of the 2 values of {@link FirewallType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/firewall_type | reference: firewall_type}
 */
export type FirewallType = (typeof FirewallType)[keyof typeof FirewallType];
