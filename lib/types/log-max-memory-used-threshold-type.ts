// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `log_max_memory_used_threshold_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `LogMaxMemoryUsedThresholdType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/log_max_memory_used_threshold_type | reference: log_max_memory_used_threshold_type}
 * @since API 4.3
 */
export const LogMaxMemoryUsedThresholdType = {
  /**
   * `'percentage'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/log_max_memory_used_threshold_type | reference: log_max_memory_used_threshold_type}
   * @since API 4.3
   */
  PERCENTAGE: 'percentage',
  /**
   * `'absolute_value_in_mb'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/log_max_memory_used_threshold_type | reference: log_max_memory_used_threshold_type}
   * @since API 4.3
   */
  ABSOLUTE_VALUE_IN_MB: 'absolute_value_in_mb',
} as const;

/**
 * One of the 2 values of {@link LogMaxMemoryUsedThresholdType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/log_max_memory_used_threshold_type | reference: log_max_memory_used_threshold_type}
 */
export type LogMaxMemoryUsedThresholdType = (typeof LogMaxMemoryUsedThresholdType)[keyof typeof LogMaxMemoryUsedThresholdType];
