// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 6 values of the `nfs_version` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `NfsVersion | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_version | reference: nfs_version}
 */
export const NfsVersion = {
  /**
   * `'auto'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_version | reference: nfs_version}
   */
  AUTO: 'auto',
  /**
   * `'v3'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_version | reference: nfs_version}
   */
  V3: 'v3',
  /**
   * `'v4'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_version | reference: nfs_version}
   */
  V4: 'v4',
  /**
   * `'v4_0'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_version | reference: nfs_version}
   * @since API 4.3.6
   */
  V4_0: 'v4_0',
  /**
   * `'v4_1'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_version | reference: nfs_version}
   */
  V4_1: 'v4_1',
  /**
   * `'v4_2'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_version | reference: nfs_version}
   * @since API 4.1.1
   */
  V4_2: 'v4_2',
} as const;

/**
 * One of the 6 values of {@link NfsVersion} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nfs_version | reference: nfs_version}
 */
export type NfsVersion = (typeof NfsVersion)[keyof typeof NfsVersion];
