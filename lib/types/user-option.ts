// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `user_option` type of the API, on the wire `<user_option>` (a list: `<user_options>` with one `<user_option>` per item); 5 attributes and 1 link.
 *
 * Create one with `new UserOption({ ... })`, or pass a plain {@link UserOptionInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option}
 */
export class UserOption extends Struct {
  /**
   * `string`. On the wire: element `<content>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option} (its `content` attribute)
   */
  content?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<user_option>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `User`. On the wire: element `<user>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option} (its `user` link)
   */
  user?: User;

  /**
   * Creates a `user_option` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: UserOptionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.content = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.user = undefined;
    }
  }
}

/**
 * A `user_option` as the SDK accepts it: a {@link UserOption} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option}
 */
export interface UserOptionInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<user_option>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<content>`.
   *
   * Needed by:
   * - `UserOptionsService.add`: `option.content`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option} (its `content` attribute)
   */
  content?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<user_option>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `UserOptionsService.add`: `option.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/user_option | reference: user_option} (its `user` link)
   */
  user?: UserInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(UserOption, () => ({
  href: VALUE,
  content: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  user: User,
}));
