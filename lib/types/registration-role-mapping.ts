// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Role } from './role';
import type { RoleInit } from './role';

/**
 * The `registration_role_mapping` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_role_mapping}
 * @since API 4.2
 */
export class RegistrationRoleMapping extends Struct {
  /**
   * The `from` link (`<from>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_role_mapping/links/from}
   * @since API 4.2
   */
  from?: Role;

  /**
   * The `to` link (`<to>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_role_mapping/links/to}
   * @since API 4.2
   */
  to?: Role;

  /** Creates a `registration_role_mapping`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: RegistrationRoleMappingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `registration_role_mapping` as the SDK accepts it: a {@link RegistrationRoleMapping} or a plain object of the same shape, at any depth. */
export interface RegistrationRoleMappingInit {
  href?: string;
  from?: RoleInit;
  to?: RoleInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RegistrationRoleMapping, () => ({
  href: VALUE,
  from: Role,
  to: Role,
}));
