// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `ssh_public_key` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh_public_key}
 */
export class SshPublicKey extends Struct {
  /** The `content` attribute (`<content>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh_public_key/attributes/content} */
  content?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh_public_key/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh_public_key/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh_public_key/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh_public_key/attributes/comment} */
  comment?: string;

  /** The `user` link (`<user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ssh_public_key/links/user} */
  user?: User;

  /** Creates a `ssh_public_key`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SshPublicKeyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `ssh_public_key` as the SDK accepts it: a {@link SshPublicKey} or a plain object of the same shape, at any depth. */
export interface SshPublicKeyInit {
  href?: string;
  content?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  user?: UserInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SshPublicKey, () => ({
  href: VALUE,
  content: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  user: User,
}));
