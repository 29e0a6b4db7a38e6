// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Domain } from './domain';
import type { DomainInit } from './domain';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Role } from './role';
import type { RoleInit } from './role';
import { Tag } from './tag';
import type { TagInit } from './tag';

/**
 * The `group` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/group}
 */
export class Group extends Struct {
  /** The `domain_entry_id` attribute (`<domain_entry_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/group/attributes/domain_entry_id} */
  domainEntryId?: string;

  /** The `namespace` attribute (`<namespace>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/group/attributes/namespace} */
  namespace?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/group/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/group/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/group/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/group/attributes/comment} */
  comment?: string;

  /** The `domain` link (`<domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/group/links/domain} */
  domain?: Domain;

  /** The `roles` link (`<roles>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/group/links/roles} */
  roles?: List<Role>;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/group/links/permissions} */
  permissions?: List<Permission>;

  /** The `tags` link (`<tags>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/group/links/tags} */
  tags?: List<Tag>;

  /** Creates a `group`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GroupInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `group` as the SDK accepts it: a {@link Group} or a plain object of the same shape, at any depth. */
export interface GroupInit {
  href?: string;
  domainEntryId?: string;
  namespace?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  domain?: DomainInit;
  roles?: RoleInit[];
  permissions?: PermissionInit[];
  tags?: TagInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Group, () => ({
  href: VALUE,
  domainEntryId: VALUE,
  namespace: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  domain: Domain,
  roles: [Role],
  permissions: [Permission],
  tags: [Tag],
}));
