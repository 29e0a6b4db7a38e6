// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `snapshot_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `SnapshotStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/snapshot_status | reference: snapshot_status}
 */
export const SnapshotStatus = {
  /**
   * `'ok'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/snapshot_status | reference: snapshot_status}
   */
  OK: 'ok',
  /**
   * `'locked'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/snapshot_status | reference: snapshot_status}
   */
  LOCKED: 'locked',
  /**
   * `'in_preview'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/snapshot_status | reference: snapshot_status}
   */
  IN_PREVIEW: 'in_preview',
} as const;

/**
 * One of the 3 values of {@link SnapshotStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/snapshot_status | reference: snapshot_status}
 */
export type SnapshotStatus = (typeof SnapshotStatus)[keyof typeof SnapshotStatus];
