// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Qos } from './qos';
import type { QosInit } from './qos';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';

/**
 * The `disk_profile` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_profile}
 */
export class DiskProfile extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_profile/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_profile/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_profile/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_profile/attributes/comment} */
  comment?: string;

  /** The `qos` link (`<qos>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_profile/links/qos} */
  qos?: Qos;

  /** The `storage_domain` link (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_profile/links/storage_domain} */
  storageDomain?: StorageDomain;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/disk_profile/links/permissions} */
  permissions?: List<Permission>;

  /** Creates a `disk_profile`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: DiskProfileInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `disk_profile` as the SDK accepts it: a {@link DiskProfile} or a plain object of the same shape, at any depth. */
export interface DiskProfileInit {
  href?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  qos?: QosInit;
  storageDomain?: StorageDomainInit;
  permissions?: PermissionInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(DiskProfile, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  qos: Qos,
  storageDomain: StorageDomain,
  permissions: [Permission],
}));
