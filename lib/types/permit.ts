// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Role } from './role';
import type { RoleInit } from './role';

/**
 * The `permit` type of the API, on the wire `<permit>` (a list: `<permits>` with one `<permit>` per item); 5 attributes and 1 link.
 *
 * Create one with `new Permit({ ... })`, or pass a plain {@link PermitInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit}
 */
export class Permit extends Struct {
  /**
   * `boolean`. On the wire: element `<administrative>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit} (its `administrative` attribute)
   */
  administrative?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<permit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Role`. On the wire: element `<role>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit} (its `role` link)
   */
  role?: Role;

  /**
   * Creates a `permit` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: PermitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.administrative = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.role = undefined;
    }
  }
}

/**
 * A `permit` as the SDK accepts it: a {@link Permit} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit}
 */
export interface PermitInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<permit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<administrative>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit} (its `administrative` attribute)
   */
  administrative?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<permit>`.
   *
   * Needed by:
   * - `PermitsService.add`: `permit.id` or `permit.name`
   * - `RolesService.add`: `role.permits[].id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `PermitsService.add`: `permit.id` or `permit.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `RoleInit` (a `Role` or a plain object). On the wire: element `<role>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/permit | reference: permit} (its `role` link)
   */
  role?: RoleInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Permit, () => ({
  href: VALUE,
  administrative: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  role: Role,
}));
