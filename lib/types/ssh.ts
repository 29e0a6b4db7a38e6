// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { SshAuthenticationMethod } from './ssh-authentication-method';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `ssh` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh}
 */
export class Ssh extends Struct {
  /** The `port` attribute (`<port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh/attributes/port} */
  port?: number;

  /**
   * The `fingerprint` attribute (`<fingerprint>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh/attributes/fingerprint}
   * @deprecated The model marks it deprecated.
   */
  fingerprint?: string;

  /**
   * The `public_key` attribute (`<public_key>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh/attributes/public_key}
   * @since API 4.4.5
   */
  publicKey?: string;

  /** The `authentication_method` attribute (`<authentication_method>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh/attributes/authentication_method} */
  authenticationMethod?: SshAuthenticationMethod;

  /** The `user` attribute (`<user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh/attributes/user} */
  user?: User;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh/attributes/comment} */
  comment?: string;

  /** Creates a `ssh`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SshInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `ssh` as the SDK accepts it: a {@link Ssh} or a plain object of the same shape, at any depth. */
export interface SshInit {
  href?: string;
  port?: number;
  fingerprint?: string;
  publicKey?: string;
  authenticationMethod?: SshAuthenticationMethod;
  user?: UserInit;
  id?: string;
  name?: string;
  description?: string;
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
