// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `fips_mode` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fips_mode}
 * @since API 4.4
 */
export const FipsMode = {
  /** @since API 4.4.5 */
  UNDEFINED: 'undefined',
  /** @since API 4.4.5 */
  DISABLED: 'disabled',
  /** @since API 4.4.5 */
  ENABLED: 'enabled',
} as const;

/** One of the {@link FipsMode} values. */
export type FipsMode = (typeof FipsMode)[keyof typeof FipsMode];
