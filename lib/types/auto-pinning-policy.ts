// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `auto_pinning_policy` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/auto_pinning_policy}
 * @since API 4.4
 * @deprecated The model marks it deprecated.
 */
export const AutoPinningPolicy = {
  /** @since API 4.4 */
  DISABLED: 'disabled',
  /** @since API 4.4 */
  EXISTING: 'existing',
  /** @since API 4.4 */
  ADJUST: 'adjust',
} as const;

/** One of the {@link AutoPinningPolicy} values. */
export type AutoPinningPolicy = (typeof AutoPinningPolicy)[keyof typeof AutoPinningPolicy];
