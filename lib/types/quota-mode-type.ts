// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `quota_mode_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `QuotaModeType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_mode_type | reference: quota_mode_type}
 */
export const QuotaModeType = {
  /**
   * `'enabled'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_mode_type | reference: quota_mode_type}
   */
  ENABLED: 'enabled',
  /**
   * `'disabled'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_mode_type | reference: quota_mode_type}
   */
  DISABLED: 'disabled',
  /**
   * `'audit'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_mode_type | reference: quota_mode_type}
   */
  AUDIT: 'audit',
} as const;

/**
 * One of the 3 values of {@link QuotaModeType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/quota_mode_type | reference: quota_mode_type}
 */
export type QuotaModeType = (typeof QuotaModeType)[keyof typeof QuotaModeType];
