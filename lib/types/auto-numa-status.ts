// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `auto_numa_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `AutoNumaStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/auto_numa_status | reference: auto_numa_status}
 */
export const AutoNumaStatus = {
  /**
   * `'disable'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/auto_numa_status | reference: auto_numa_status}
   */
  DISABLE: 'disable',
  /**
   * `'enable'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/auto_numa_status | reference: auto_numa_status}
   */
  ENABLE: 'enable',
  /**
   * `'unknown'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/auto_numa_status | reference: auto_numa_status}
   */
  UNKNOWN: 'unknown',
} as const;

/**
 * One of the 3 values of {@link AutoNumaStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/auto_numa_status | reference: auto_numa_status}
 */
export type AutoNumaStatus = (typeof AutoNumaStatus)[keyof typeof AutoNumaStatus];
