// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `nfs_version` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nfs_version}
 */
export const NfsVersion = {
  AUTO: 'auto',
  V3: 'v3',
  V4: 'v4',
  /** @since API 4.3.6 */
  V4_0: 'v4_0',
  V4_1: 'v4_1',
  /** @since API 4.1.1 */
  V4_2: 'v4_2',
} as const;

/** One of the {@link NfsVersion} values. */
export type NfsVersion = (typeof NfsVersion)[keyof typeof NfsVersion];
