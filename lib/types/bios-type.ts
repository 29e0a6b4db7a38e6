// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `bios_type` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/bios_type}
 * @since API 4.3
 */
export const BiosType = {
  /** @since API 4.4 */
  CLUSTER_DEFAULT: 'cluster_default',
  /** @since API 4.3 */
  I440FX_SEA_BIOS: 'i440fx_sea_bios',
  /** @since API 4.3 */
  Q35_SEA_BIOS: 'q35_sea_bios',
  /** @since API 4.3 */
  Q35_OVMF: 'q35_ovmf',
  /** @since API 4.3 */
  Q35_SECURE_BOOT: 'q35_secure_boot',
} as const;

/** One of the {@link BiosType} values. */
export type BiosType = (typeof BiosType)[keyof typeof BiosType];
