// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Role } from './role';
import type { RoleInit } from './role';

/**
 * The `registration_role_mapping` type of the API, on the wire `<registration_role_mapping>` (a list: `<registration_role_mappings>` with one `<registration_role_mapping>` per item); 0 attributes and 2 links.
 *
 * Create one with `new RegistrationRoleMapping({ ... })`, or pass a plain {@link RegistrationRoleMappingInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_role_mapping | reference: registration_role_mapping}
 * @since API 4.2
 */
export class RegistrationRoleMapping extends Struct {
  /**
   * `Role`. On the wire: element `<from>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_role_mapping | reference: registration_role_mapping} (its `from` link)
   * @since API 4.2
   */
  from?: Role;

  /**
   * `Role`. On the wire: element `<to>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_role_mapping | reference: registration_role_mapping} (its `to` link)
   * @since API 4.2
   */
  to?: Role;

  /**
   * Creates a `registration_role_mapping` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: RegistrationRoleMappingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.from = undefined;
      this.to = undefined;
    }
  }
}

/**
 * A `registration_role_mapping` as the SDK accepts it: a {@link RegistrationRoleMapping} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_role_mapping | reference: registration_role_mapping}
 */
export interface RegistrationRoleMappingInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<registration_role_mapping>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_role_mapping | reference: registration_role_mapping}
   */
  href?: string;
  /**
   * `RoleInit` (a `Role` or a plain object). On the wire: element `<from>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_role_mapping | reference: registration_role_mapping} (its `from` link)
   * @since API 4.2
   */
  from?: RoleInit;
  /**
   * `RoleInit` (a `Role` or a plain object). On the wire: element `<to>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/registration_role_mapping | reference: registration_role_mapping} (its `to` link)
   * @since API 4.2
   */
  to?: RoleInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RegistrationRoleMapping, () => ({
  href: VALUE,
  from: Role,
  to: Role,
}));
