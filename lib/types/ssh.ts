// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { SshAuthenticationMethod } from './ssh-authentication-method';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `ssh` type of the API, on the wire `<ssh>` (a list: `<sshs>` with one `<ssh>` per item); 9 attributes and 0 links.
 *
 * Create one with `new Ssh({ ... })`, or pass a plain {@link SshInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh}
 */
export class Ssh extends Struct {
  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `port` attribute)
   */
  port?: number;

  /**
   * `string`. On the wire: element `<fingerprint>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `fingerprint` attribute)
   * @deprecated The API model marks it deprecated.
   */
  fingerprint?: string;

  /**
   * `string`. On the wire: element `<public_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `public_key` attribute)
   * @since API 4.4.5
   */
  publicKey?: string;

  /**
   * `SshAuthenticationMethod` (`password`, `publickey`; or another string, from a newer engine). On the wire: element `<authentication_method>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `authentication_method` attribute)
   */
  authenticationMethod?: SshAuthenticationMethod | (string & {});

  /**
   * `User`. On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `user` attribute)
   */
  user?: User;

  /**
   * `string`. On the wire: XML attribute `id` of `<ssh>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `ssh` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: SshInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.port = undefined;
      this.fingerprint = undefined;
      this.publicKey = undefined;
      this.authenticationMethod = undefined;
      this.user = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `ssh` as the SDK accepts it: a {@link Ssh} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh}
 */
export interface SshInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<ssh>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `port` attribute)
   */
  port?: number;
  /**
   * `string`. On the wire: element `<fingerprint>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `fingerprint` attribute)
   * @deprecated The API model marks it deprecated.
   */
  fingerprint?: string;
  /**
   * `string`. On the wire: element `<public_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `public_key` attribute)
   * @since API 4.4.5
   */
  publicKey?: string;
  /**
   * `SshAuthenticationMethod` (`password`, `publickey`; another string is sent as it is). On the wire: element `<authentication_method>`.
   *
   * Needed by:
   * - `HostService.approveUsingSsh`: `opts.host.ssh.authenticationMethod`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `authentication_method` attribute)
   */
  authenticationMethod?: SshAuthenticationMethod | (string & {});
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<user>`.
   *
   * Needed by:
   * - `HostService.approveUsingSsh`: `opts.host.ssh.user.password`
   * - `HostService.approveUsingSsh`: `opts.host.ssh.user.userName`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `user` attribute)
   */
  user?: UserInit;
  /**
   * `string`. On the wire: XML attribute `id` of `<ssh>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/ssh | reference: ssh} (its `comment` attribute)
   */
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Ssh, () => ({
  href: VALUE,
  port: VALUE,
  fingerprint: VALUE,
  publicKey: VALUE,
  authenticationMethod: VALUE,
  user: User,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
