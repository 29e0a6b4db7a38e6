// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 1 values of the `sso_method` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `SsoMethod | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/sso_method | reference: sso_method}
 */
export const SsoMethod = {
  /**
   * `'guest_agent'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/sso_method | reference: sso_method}
   */
  GUEST_AGENT: 'guest_agent',
} as const;

/**
 * One of the 1 values of {@link SsoMethod} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/sso_method | reference: sso_method}
 */
export type SsoMethod = (typeof SsoMethod)[keyof typeof SsoMethod];
