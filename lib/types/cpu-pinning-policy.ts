// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 5 values of the `cpu_pinning_policy` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `CpuPinningPolicy | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_pinning_policy | reference: cpu_pinning_policy}
 * @since API 4.5
 */
export const CpuPinningPolicy = {
  /**
   * `'none'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_pinning_policy | reference: cpu_pinning_policy}
   * @since API 4.5
   */
  NONE: 'none',
  /**
   * `'manual'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_pinning_policy | reference: cpu_pinning_policy}
   * @since API 4.5
   */
  MANUAL: 'manual',
  /**
   * `'resize_and_pin_numa'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_pinning_policy | reference: cpu_pinning_policy}
   * @since API 4.5
   */
  RESIZE_AND_PIN_NUMA: 'resize_and_pin_numa',
  /**
   * `'dedicated'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_pinning_policy | reference: cpu_pinning_policy}
   * @since API 4.5
   */
  DEDICATED: 'dedicated',
  /**
   * `'isolate_threads'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_pinning_policy | reference: cpu_pinning_policy}
   * @since API 4.5.1
   */
  ISOLATE_THREADS: 'isolate_threads',
} as const;

/**
 * One of the 5 values of {@link CpuPinningPolicy} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_pinning_policy | reference: cpu_pinning_policy}
 */
export type CpuPinningPolicy = (typeof CpuPinningPolicy)[keyof typeof CpuPinningPolicy];
