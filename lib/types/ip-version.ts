// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `ip_version` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `IpVersion | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip_version | reference: ip_version}
 */
export const IpVersion = {
  /**
   * `'v4'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip_version | reference: ip_version}
   */
  V4: 'v4',
  /**
   * `'v6'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip_version | reference: ip_version}
   */
  V6: 'v6',
} as const;

/**
 * One of the 2 values of {@link IpVersion} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ip_version | reference: ip_version}
 */
export type IpVersion = (typeof IpVersion)[keyof typeof IpVersion];
