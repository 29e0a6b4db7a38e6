// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `cpu_mode` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `CpuMode | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_mode | reference: cpu_mode}
 */
export const CpuMode = {
  /**
   * `'custom'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_mode | reference: cpu_mode}
   */
  CUSTOM: 'custom',
  /**
   * `'host_model'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_mode | reference: cpu_mode}
   */
  HOST_MODEL: 'host_model',
  /**
   * `'host_passthrough'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_mode | reference: cpu_mode}
   */
  HOST_PASSTHROUGH: 'host_passthrough',
} as const;

/**
 * One of the 3 values of {@link CpuMode} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_mode | reference: cpu_mode}
 */
export type CpuMode = (typeof CpuMode)[keyof typeof CpuMode];
