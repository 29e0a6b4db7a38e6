// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 4 values of the `snapshot_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `SnapshotType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/snapshot_type | reference: snapshot_type}
 */
export const SnapshotType = {
  /**
   * `'regular'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/snapshot_type | reference: snapshot_type}
   */
  REGULAR: 'regular',
  /**
   * `'active'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/snapshot_type | reference: snapshot_type}
   */
  ACTIVE: 'active',
  /**
   * `'stateless'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/snapshot_type | reference: snapshot_type}
   */
  STATELESS: 'stateless',
  /**
   * `'preview'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/snapshot_type | reference: snapshot_type}
   */
  PREVIEW: 'preview',
} as const;

/**
 * One of the 4 values of {@link SnapshotType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/snapshot_type | reference: snapshot_type}
 */
export type SnapshotType = (typeof SnapshotType)[keyof typeof SnapshotType];
