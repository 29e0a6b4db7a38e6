// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 1 values of the `reported_device_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `ReportedDeviceType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device_type | reference: reported_device_type}
 */
export const ReportedDeviceType = {
  /**
   * `'network'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device_type | reference: reported_device_type}
   */
  NETWORK: 'network',
} as const;

/**
 * One of the 1 values of {@link ReportedDeviceType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device_type | reference: reported_device_type}
 */
export type ReportedDeviceType = (typeof ReportedDeviceType)[keyof typeof ReportedDeviceType];
