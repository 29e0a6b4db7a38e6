// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `statistic_unit` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/statistic_unit}
 */
export const StatisticUnit = {
  BITS_PER_SECOND: 'bits_per_second',
  BYTES: 'bytes',
  BYTES_PER_SECOND: 'bytes_per_second',
  COUNT_PER_SECOND: 'count_per_second',
  NONE: 'none',
  PERCENT: 'percent',
  SECONDS: 'seconds',
} as const;

/** One of the {@link StatisticUnit} values. */
export type StatisticUnit = (typeof StatisticUnit)[keyof typeof StatisticUnit];
