// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `authorized_key` type of the API, on the wire `<authorized_key>` (a list: `<authorized_keys>` with one `<authorized_key>` per item); 5 attributes and 1 link.
 *
 * Create one with `new AuthorizedKey({ ... })`, or pass a plain {@link AuthorizedKeyInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key}
 */
export class AuthorizedKey extends Struct {
  /**
   * `string`. On the wire: element `<key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key} (its `key` attribute)
   */
  key?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<authorized_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `User`. On the wire: element `<user>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key} (its `user` link)
   */
  user?: User;

  /**
   * Creates a `authorized_key` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: AuthorizedKeyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.key = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.user = undefined;
    }
  }
}

/**
 * A `authorized_key` as the SDK accepts it: a {@link AuthorizedKey} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key}
 */
export interface AuthorizedKeyInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<authorized_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key} (its `key` attribute)
   */
  key?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<authorized_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/authorized_key | reference: authorized_key} (its `user` link)
   */
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
