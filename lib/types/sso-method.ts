// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `sso_method` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/sso_method}
 */
export const SsoMethod = {
  GUEST_AGENT: 'guest_agent',
} as const;

/** One of the {@link SsoMethod} values. */
export type SsoMethod = (typeof SsoMethod)[keyof typeof SsoMethod];
