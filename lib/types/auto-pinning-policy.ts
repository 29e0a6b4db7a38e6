// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `auto_pinning_policy` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `AutoPinningPolicy | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/auto_pinning_policy | reference: auto_pinning_policy}
 * @since API 4.4
 * @deprecated The API model marks it deprecated.
 */
export const AutoPinningPolicy = {
  /**
   * `'disabled'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/auto_pinning_policy | reference: auto_pinning_policy}
   * @since API 4.4
   */
  DISABLED: 'disabled',
  /**
   * `'existing'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/auto_pinning_policy | reference: auto_pinning_policy}
   * @since API 4.4
   */
  EXISTING: 'existing',
  /**
   * `'adjust'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/auto_pinning_policy | reference: auto_pinning_policy}
   * @since API 4.4
   */
  ADJUST: 'adjust',
} as const;

/**
 * One of the 3 values of {@link AutoPinningPolicy} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/auto_pinning_policy | reference: auto_pinning_policy}
 */
export type AutoPinningPolicy = (typeof AutoPinningPolicy)[keyof typeof AutoPinningPolicy];
