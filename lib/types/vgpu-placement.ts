// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `vgpu_placement` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vgpu_placement}
 * @since API 4.3
 */
export const VgpuPlacement = {
  /** @since API 4.3 */
  CONSOLIDATED: 'consolidated',
  /** @since API 4.3 */
  SEPARATED: 'separated',
} as const;

/** One of the {@link VgpuPlacement} values. */
export type VgpuPlacement = (typeof VgpuPlacement)[keyof typeof VgpuPlacement];
