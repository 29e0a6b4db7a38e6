// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `cpu_pinning_policy` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu_pinning_policy}
 * @since API 4.5
 */
export const CpuPinningPolicy = {
  /** @since API 4.5 */
  NONE: 'none',
  /** @since API 4.5 */
  MANUAL: 'manual',
  /** @since API 4.5 */
  RESIZE_AND_PIN_NUMA: 'resize_and_pin_numa',
  /** @since API 4.5 */
  DEDICATED: 'dedicated',
  /** @since API 4.5.1 */
  ISOLATE_THREADS: 'isolate_threads',
} as const;

/** One of the {@link CpuPinningPolicy} values. */
export type CpuPinningPolicy = (typeof CpuPinningPolicy)[keyof typeof CpuPinningPolicy];
