// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `qcow_version` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `QcowVersion | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qcow_version | reference: qcow_version}
 * @since API 4.1
 */
export const QcowVersion = {
  /**
   * `'qcow2_v2'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qcow_version | reference: qcow_version}
   * @since API 4.1
   */
  QCOW2_V2: 'qcow2_v2',
  /**
   * `'qcow2_v3'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qcow_version | reference: qcow_version}
   * @since API 4.1
   */
  QCOW2_V3: 'qcow2_v3',
} as const;

/**
 * One of the 2 values of {@link QcowVersion} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/qcow_version | reference: qcow_version}
 */
export type QcowVersion = (typeof QcowVersion)[keyof typeof QcowVersion];
