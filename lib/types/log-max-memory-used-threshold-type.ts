// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `log_max_memory_used_threshold_type` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/log_max_memory_used_threshold_type}
 * @since API 4.3
 */
export const LogMaxMemoryUsedThresholdType = {
  /** @since API 4.3 */
  PERCENTAGE: 'percentage',
  /** @since API 4.3 */
  ABSOLUTE_VALUE_IN_MB: 'absolute_value_in_mb',
} as const;

/** One of the {@link LogMaxMemoryUsedThresholdType} values. */
export type LogMaxMemoryUsedThresholdType = (typeof LogMaxMemoryUsedThresholdType)[keyof typeof LogMaxMemoryUsedThresholdType];
