// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `rng_source` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `RngSource | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rng_source | reference: rng_source}
 */
export const RngSource = {
  /**
   * `'random'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rng_source | reference: rng_source}
   */
  RANDOM: 'random',
  /**
   * `'urandom'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rng_source | reference: rng_source}
   * @since API 4.1
   */
  URANDOM: 'urandom',
  /**
   * `'hwrng'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rng_source | reference: rng_source}
   */
  HWRNG: 'hwrng',
} as const;

/**
 * One of the 3 values of {@link RngSource} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/rng_source | reference: rng_source}
 */
export type RngSource = (typeof RngSource)[keyof typeof RngSource];
