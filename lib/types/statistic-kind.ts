// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `statistic_kind` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `StatisticKind | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_kind | reference: statistic_kind}
 */
export const StatisticKind = {
  /**
   * `'counter'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_kind | reference: statistic_kind}
   */
  COUNTER: 'counter',
  /**
   * `'gauge'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_kind | reference: statistic_kind}
   */
  GAUGE: 'gauge',
} as const;

/**
 * One of the 2 values of {@link StatisticKind} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/statistic_kind | reference: statistic_kind}
 */
export type StatisticKind = (typeof StatisticKind)[keyof typeof StatisticKind];
