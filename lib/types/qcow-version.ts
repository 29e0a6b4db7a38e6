// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `qcow_version` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/qcow_version}
 * @since API 4.1
 */
export const QcowVersion = {
  /** @since API 4.1 */
  QCOW2_V2: 'qcow2_v2',
  /** @since API 4.1 */
  QCOW2_V3: 'qcow2_v3',
} as const;

/** One of the {@link QcowVersion} values. */
export type QcowVersion = (typeof QcowVersion)[keyof typeof QcowVersion];
