// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Role } from './role';
import type { RoleInit } from './role';

/**
 * The `permit` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permit}
 */
export class Permit extends Struct {
  /** The `administrative` attribute (`<administrative>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permit/attributes/administrative} */
  administrative?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permit/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permit/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permit/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permit/attributes/comment} */
  comment?: string;

  /** The `role` link (`<role>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/permit/links/role} */
  role?: Role;

  /** Creates a `permit`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: PermitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `permit` as the SDK accepts it: a {@link Permit} or a plain object of the same shape, at any depth. */
export interface PermitInit {
  href?: string;
  administrative?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
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
