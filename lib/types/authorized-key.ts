// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `authorized_key` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/authorized_key}
 */
export class AuthorizedKey extends Struct {
  /** The `key` attribute (`<key>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/authorized_key/attributes/key} */
  key?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/authorized_key/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/authorized_key/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/authorized_key/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/authorized_key/attributes/comment} */
  comment?: string;

  /** The `user` link (`<user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/authorized_key/links/user} */
  user?: User;

  /** Creates a `authorized_key`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: AuthorizedKeyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `authorized_key` as the SDK accepts it: a {@link AuthorizedKey} or a plain object of the same shape, at any depth. */
export interface AuthorizedKeyInit {
  href?: string;
  key?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  user?: UserInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(AuthorizedKey, () => ({
  href: VALUE,
  key: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  user: User,
}));
