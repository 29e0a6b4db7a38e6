// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `hook_status` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `HookStatus | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook_status | reference: hook_status}
 */
export const HookStatus = {
  /**
   * `'enabled'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook_status | reference: hook_status}
   */
  ENABLED: 'enabled',
  /**
   * `'disabled'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook_status | reference: hook_status}
   */
  DISABLED: 'disabled',
  /**
   * `'missing'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook_status | reference: hook_status}
   */
  MISSING: 'missing',
} as const;

/**
 * One of the 3 values of {@link HookStatus} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hook_status | reference: hook_status}
 */
export type HookStatus = (typeof HookStatus)[keyof typeof HookStatus];
