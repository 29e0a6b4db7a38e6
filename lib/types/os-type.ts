// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 22 values of the `os_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `OsType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
 * @deprecated The API model marks it deprecated.
 */
export const OsType = {
  /**
   * `'unassigned'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  UNASSIGNED: 'unassigned',
  /**
   * `'windows_xp'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  WINDOWS_XP: 'windows_xp',
  /**
   * `'windows_2003'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  WINDOWS_2003: 'windows_2003',
  /**
   * `'windows_2008'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  WINDOWS_2008: 'windows_2008',
  /**
   * `'other_linux'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  OTHER_LINUX: 'other_linux',
  /**
   * `'other'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  OTHER: 'other',
  /**
   * `'rhel_5'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  RHEL_5: 'rhel_5',
  /**
   * `'rhel_4'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  RHEL_4: 'rhel_4',
  /**
   * `'rhel_3'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  RHEL_3: 'rhel_3',
  /**
   * `'windows_2003x64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  WINDOWS_2003X64: 'windows_2003x64',
  /**
   * `'windows_7'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  WINDOWS_7: 'windows_7',
  /**
   * `'windows_7x64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  WINDOWS_7X64: 'windows_7x64',
  /**
   * `'rhel_5x64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  RHEL_5X64: 'rhel_5x64',
  /**
   * `'rhel_4x64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  RHEL_4X64: 'rhel_4x64',
  /**
   * `'rhel_3x64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  RHEL_3X64: 'rhel_3x64',
  /**
   * `'windows_2008x64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  WINDOWS_2008X64: 'windows_2008x64',
  /**
   * `'windows_2008r2x64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  WINDOWS_2008R2X64: 'windows_2008r2x64',
  /**
   * `'rhel_6'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  RHEL_6: 'rhel_6',
  /**
   * `'rhel_6x64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  RHEL_6X64: 'rhel_6x64',
  /**
   * `'windows_8'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  WINDOWS_8: 'windows_8',
  /**
   * `'windows_8x64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  WINDOWS_8X64: 'windows_8x64',
  /**
   * `'windows_2012x64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
   */
  WINDOWS_2012X64: 'windows_2012x64',
} as const;

/**
 * One of the 22 values of {@link OsType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/os_type | reference: os_type}
 */
export type OsType = (typeof OsType)[keyof typeof OsType];
