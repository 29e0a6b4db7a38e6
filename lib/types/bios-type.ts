// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 5 values of the `bios_type` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `BiosType | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios_type | reference: bios_type}
 * @since API 4.3
 */
export const BiosType = {
  /**
   * `'cluster_default'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios_type | reference: bios_type}
   * @since API 4.4
   */
  CLUSTER_DEFAULT: 'cluster_default',
  /**
   * `'i440fx_sea_bios'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios_type | reference: bios_type}
   * @since API 4.3
   */
  I440FX_SEA_BIOS: 'i440fx_sea_bios',
  /**
   * `'q35_sea_bios'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios_type | reference: bios_type}
   * @since API 4.3
   */
  Q35_SEA_BIOS: 'q35_sea_bios',
  /**
   * `'q35_ovmf'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios_type | reference: bios_type}
   * @since API 4.3
   */
  Q35_OVMF: 'q35_ovmf',
  /**
   * `'q35_secure_boot'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios_type | reference: bios_type}
   * @since API 4.3
   */
  Q35_SECURE_BOOT: 'q35_secure_boot',
} as const;

/**
 * One of the 5 values of {@link BiosType} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/bios_type | reference: bios_type}
 */
export type BiosType = (typeof BiosType)[keyof typeof BiosType];
