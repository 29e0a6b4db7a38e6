// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `architecture` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/architecture}
 */
export const Architecture = {
  UNDEFINED: 'undefined',
  X86_64: 'x86_64',
  PPC64: 'ppc64',
  /** @since API 4.2 */
  S390X: 's390x',
  /** @since API 4.5 */
  AARCH64: 'aarch64',
  LOONGARCH64: 'loongarch64',
} as const;

/** One of the {@link Architecture} values. */
export type Architecture = (typeof Architecture)[keyof typeof Architecture];
