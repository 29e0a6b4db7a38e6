// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `spm_status` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/spm_status}
 */
export const SpmStatus = {
  NONE: 'none',
  CONTENDING: 'contending',
  SPM: 'spm',
} as const;

/** One of the {@link SpmStatus} values. */
export type SpmStatus = (typeof SpmStatus)[keyof typeof SpmStatus];
