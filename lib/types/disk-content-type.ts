// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 10 values of the `disk_content_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `DiskContentType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_content_type | reference: disk_content_type}
 */
export const DiskContentType = {
  /**
   * `'data'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_content_type | reference: disk_content_type}
   * @since API 4.2.1
   */
  DATA: 'data',
  /**
   * `'ovf_store'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_content_type | reference: disk_content_type}
   * @since API 4.2.1
   */
  OVF_STORE: 'ovf_store',
  /**
   * `'memory_dump_volume'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_content_type | reference: disk_content_type}
   * @since API 4.2.1
   */
  MEMORY_DUMP_VOLUME: 'memory_dump_volume',
  /**
   * `'memory_metadata_volume'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_content_type | reference: disk_content_type}
   * @since API 4.2.1
   */
  MEMORY_METADATA_VOLUME: 'memory_metadata_volume',
  /**
   * `'iso'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_content_type | reference: disk_content_type}
   * @since API 4.2.1
   */
  ISO: 'iso',
  /**
   * `'hosted_engine'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_content_type | reference: disk_content_type}
   * @since API 4.3.3
   */
  HOSTED_ENGINE: 'hosted_engine',
  /**
   * `'hosted_engine_sanlock'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_content_type | reference: disk_content_type}
   * @since API 4.3.3
   */
  HOSTED_ENGINE_SANLOCK: 'hosted_engine_sanlock',
  /**
   * `'hosted_engine_metadata'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_content_type | reference: disk_content_type}
   * @since API 4.3.3
   */
  HOSTED_ENGINE_METADATA: 'hosted_engine_metadata',
  /**
   * `'hosted_engine_configuration'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_content_type | reference: disk_content_type}
   * @since API 4.3.3
   */
  HOSTED_ENGINE_CONFIGURATION: 'hosted_engine_configuration',
  /**
   * `'backup_scratch'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_content_type | reference: disk_content_type}
   * @since API 4.4.6
   */
  BACKUP_SCRATCH: 'backup_scratch',
} as const;

/**
 * One of the 10 values of {@link DiskContentType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_content_type | reference: disk_content_type}
 */
export type DiskContentType = (typeof DiskContentType)[keyof typeof DiskContentType];
