// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `disk_content_type` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_content_type}
 */
export const DiskContentType = {
  /** @since API 4.2.1 */
  DATA: 'data',
  /** @since API 4.2.1 */
  OVF_STORE: 'ovf_store',
  /** @since API 4.2.1 */
  MEMORY_DUMP_VOLUME: 'memory_dump_volume',
  /** @since API 4.2.1 */
  MEMORY_METADATA_VOLUME: 'memory_metadata_volume',
  /** @since API 4.2.1 */
  ISO: 'iso',
  /** @since API 4.3.3 */
  HOSTED_ENGINE: 'hosted_engine',
  /** @since API 4.3.3 */
  HOSTED_ENGINE_SANLOCK: 'hosted_engine_sanlock',
  /** @since API 4.3.3 */
  HOSTED_ENGINE_METADATA: 'hosted_engine_metadata',
  /** @since API 4.3.3 */
  HOSTED_ENGINE_CONFIGURATION: 'hosted_engine_configuration',
  /** @since API 4.4.6 */
  BACKUP_SCRATCH: 'backup_scratch',
} as const;

/** One of the {@link DiskContentType} values. */
export type DiskContentType = (typeof DiskContentType)[keyof typeof DiskContentType];
