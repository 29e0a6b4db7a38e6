// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `disk_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `DiskStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_status | reference: disk_status}
 */
export const DiskStatus = {
  /**
   * `'illegal'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_status | reference: disk_status}
   */
  ILLEGAL: 'illegal',
  /**
   * `'locked'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_status | reference: disk_status}
   */
  LOCKED: 'locked',
  /**
   * `'ok'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_status | reference: disk_status}
   */
  OK: 'ok',
} as const;

/**
 * One of the 3 values of {@link DiskStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_status | reference: disk_status}
 */
export type DiskStatus = (typeof DiskStatus)[keyof typeof DiskStatus];
