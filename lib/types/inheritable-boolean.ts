// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `inheritable_boolean` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `InheritableBoolean | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/inheritable_boolean | reference: inheritable_boolean}
 */
export const InheritableBoolean = {
  /**
   * `'true'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/inheritable_boolean | reference: inheritable_boolean}
   */
  TRUE: 'true',
  /**
   * `'false'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/inheritable_boolean | reference: inheritable_boolean}
   */
  FALSE: 'false',
  /**
   * `'inherit'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/inheritable_boolean | reference: inheritable_boolean}
   */
  INHERIT: 'inherit',
} as const;

/**
 * One of the 3 values of {@link InheritableBoolean} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/inheritable_boolean | reference: inheritable_boolean}
 */
export type InheritableBoolean = (typeof InheritableBoolean)[keyof typeof InheritableBoolean];
