// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 7 values of the `statistic_unit` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `StatisticUnit | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_unit | reference: statistic_unit}
 */
export const StatisticUnit = {
  /**
   * `'bits_per_second'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_unit | reference: statistic_unit}
   */
  BITS_PER_SECOND: 'bits_per_second',
  /**
   * `'bytes'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_unit | reference: statistic_unit}
   */
  BYTES: 'bytes',
  /**
   * `'bytes_per_second'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_unit | reference: statistic_unit}
   */
  BYTES_PER_SECOND: 'bytes_per_second',
  /**
   * `'count_per_second'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_unit | reference: statistic_unit}
   */
  COUNT_PER_SECOND: 'count_per_second',
  /**
   * `'none'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_unit | reference: statistic_unit}
   */
  NONE: 'none',
  /**
   * `'percent'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_unit | reference: statistic_unit}
   */
  PERCENT: 'percent',
  /**
   * `'seconds'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_unit | reference: statistic_unit}
   */
  SECONDS: 'seconds',
} as const;

/**
 * One of the 7 values of {@link StatisticUnit} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_unit | reference: statistic_unit}
 */
export type StatisticUnit = (typeof StatisticUnit)[keyof typeof StatisticUnit];
