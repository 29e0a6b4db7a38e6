// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 2 values of the `vgpu_placement` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `VgpuPlacement | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vgpu_placement | reference: vgpu_placement}
 * @since API 4.3
 */
export const VgpuPlacement = {
  /**
   * `'consolidated'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vgpu_placement | reference: vgpu_placement}
   * @since API 4.3
   */
  CONSOLIDATED: 'consolidated',
  /**
   * `'separated'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vgpu_placement | reference: vgpu_placement}
   * @since API 4.3
   */
  SEPARATED: 'separated',
} as const;

/**
 * One of the 2 values of {@link VgpuPlacement} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vgpu_placement | reference: vgpu_placement}
 */
export type VgpuPlacement = (typeof VgpuPlacement)[keyof typeof VgpuPlacement];
