// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The 3 values of the `access_protocol` enum, keyed in UPPER_CASE, each the string sent and read on the wire.
 *
 * A value the SDK does not know (from a newer engine) is read as its plain string, so members of this
 * type are `AccessProtocol | (string & {})`: compare with these constants and keep a default branch.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/access_protocol | reference: access_protocol}
 */
export const AccessProtocol = {
  /**
   * `'gluster'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/access_protocol | reference: access_protocol}
   */
  GLUSTER: 'gluster',
  /**
   * `'nfs'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/access_protocol | reference: access_protocol}
   */
  NFS: 'nfs',
  /**
   * `'cifs'` on the wire.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/access_protocol | reference: access_protocol}
   */
  CIFS: 'cifs',
} as const;

/**
 * One of the 3 values of {@link AccessProtocol} this SDK knows. Members typed by the enum also admit
 * other strings (values of a newer engine).
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/access_protocol | reference: access_protocol}
 */
export type AccessProtocol = (typeof AccessProtocol)[keyof typeof AccessProtocol];
