// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `os_type` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/os_type}
 * @deprecated The model marks it deprecated.
 */
export const OsType = {
  UNASSIGNED: 'unassigned',
  WINDOWS_XP: 'windows_xp',
  WINDOWS_2003: 'windows_2003',
  WINDOWS_2008: 'windows_2008',
  OTHER_LINUX: 'other_linux',
  OTHER: 'other',
  RHEL_5: 'rhel_5',
  RHEL_4: 'rhel_4',
  RHEL_3: 'rhel_3',
  WINDOWS_2003X64: 'windows_2003x64',
  WINDOWS_7: 'windows_7',
  WINDOWS_7X64: 'windows_7x64',
  RHEL_5X64: 'rhel_5x64',
  RHEL_4X64: 'rhel_4x64',
  RHEL_3X64: 'rhel_3x64',
  WINDOWS_2008X64: 'windows_2008x64',
  WINDOWS_2008R2X64: 'windows_2008r2x64',
  RHEL_6: 'rhel_6',
  RHEL_6X64: 'rhel_6x64',
  WINDOWS_8: 'windows_8',
  WINDOWS_8X64: 'windows_8x64',
  WINDOWS_2012X64: 'windows_2012x64',
} as const;

/** One of the {@link OsType} values. */
export type OsType = (typeof OsType)[keyof typeof OsType];
