// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 5 values of the `storage_format` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `StorageFormat | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_format | reference: storage_format}
 */
export const StorageFormat = {
  /**
   * `'v1'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_format | reference: storage_format}
   */
  V1: 'v1',
  /**
   * `'v2'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_format | reference: storage_format}
   */
  V2: 'v2',
  /**
   * `'v3'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_format | reference: storage_format}
   */
  V3: 'v3',
  /**
   * `'v4'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_format | reference: storage_format}
   * @since API 4.1
   */
  V4: 'v4',
  /**
   * `'v5'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_format | reference: storage_format}
   * @since API 4.3
   */
  V5: 'v5',
} as const;

/**
 * One of the 5 values of {@link StorageFormat} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_format | reference: storage_format}
 */
export type StorageFormat = (typeof StorageFormat)[keyof typeof StorageFormat];
