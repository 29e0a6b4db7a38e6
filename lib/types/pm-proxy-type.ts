// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `pm_proxy_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `PmProxyType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/pm_proxy_type | reference: pm_proxy_type}
 */
export const PmProxyType = {
  /**
   * `'cluster'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/pm_proxy_type | reference: pm_proxy_type}
   */
  CLUSTER: 'cluster',
  /**
   * `'dc'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/pm_proxy_type | reference: pm_proxy_type}
   */
  DC: 'dc',
  /**
   * `'other_dc'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/pm_proxy_type | reference: pm_proxy_type}
   */
  OTHER_DC: 'other_dc',
} as const;

/**
 * One of the 3 values of {@link PmProxyType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/pm_proxy_type | reference: pm_proxy_type}
 */
export type PmProxyType = (typeof PmProxyType)[keyof typeof PmProxyType];
