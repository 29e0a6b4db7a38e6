// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 6 values of the `architecture` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `Architecture | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/architecture | reference: architecture}
 */
export const Architecture = {
  /**
   * `'undefined'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/architecture | reference: architecture}
   */
  UNDEFINED: 'undefined',
  /**
   * `'x86_64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/architecture | reference: architecture}
   */
  X86_64: 'x86_64',
  /**
   * `'ppc64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/architecture | reference: architecture}
   */
  PPC64: 'ppc64',
  /**
   * `'s390x'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/architecture | reference: architecture}
   * @since API 4.2
   */
  S390X: 's390x',
  /**
   * `'aarch64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/architecture | reference: architecture}
   * @since API 4.5
   */
  AARCH64: 'aarch64',
  /**
   * `'loongarch64'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/architecture | reference: architecture}
   */
  LOONGARCH64: 'loongarch64',
} as const;

/**
 * One of the 6 values of {@link Architecture} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/architecture | reference: architecture}
 */
export type Architecture = (typeof Architecture)[keyof typeof Architecture];
