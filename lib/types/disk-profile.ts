// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Qos } from './qos';
import type { QosInit } from './qos';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';

/**
 * The `disk_profile` type of the API, on the wire `<disk_profile>` (a list: `<disk_profiles>` with one `<disk_profile>` per item); 4 attributes and 3 links.
 *
 * Create one with `new DiskProfile({ ... })`, or pass a plain {@link DiskProfileInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile}
 */
export class DiskProfile extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<disk_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Qos`. On the wire: element `<qos>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `qos` link)
   */
  qos?: Qos;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `storage_domain` link)
   */
  storageDomain?: StorageDomain;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * Creates a `disk_profile` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: DiskProfileInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.qos = undefined;
      this.storageDomain = undefined;
      this.permissions = undefined;
    }
  }
}

/**
 * A `disk_profile` as the SDK accepts it: a {@link DiskProfile} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile}
 */
export interface DiskProfileInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<disk_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<disk_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `AssignedDiskProfilesService.add`: `profile.name`
   * - `DiskProfilesService.add`: `profile.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `QosInit` (a `Qos` or a plain object). On the wire: element `<qos>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `qos` link)
   */
  qos?: QosInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Needed by:
   * - `DiskProfilesService.add`: `profile.storageDomain.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `storage_domain` link)
   */
  storageDomain?: StorageDomainInit;
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/disk_profile | reference: disk_profile} (its `permissions` link)
   */
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
