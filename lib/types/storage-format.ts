// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `storage_format` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_format}
 */
export const StorageFormat = {
  V1: 'v1',
  V2: 'v2',
  V3: 'v3',
  /** @since API 4.1 */
  V4: 'v4',
  /** @since API 4.3 */
  V5: 'v5',
} as const;

/** One of the {@link StorageFormat} values. */
export type StorageFormat = (typeof StorageFormat)[keyof typeof StorageFormat];
