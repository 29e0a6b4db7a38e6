// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';
import { LogicalUnit } from './logical-unit';
import type { LogicalUnitInit } from './logical-unit';
import type { NfsVersion } from './nfs-version';
import { Property } from './property';
import type { PropertyInit } from './property';
import type { StorageType } from './storage-type';
import { VolumeGroup } from './volume-group';
import type { VolumeGroupInit } from './volume-group';

/**
 * The `host_storage` type of the API, on the wire `<host_storage>` (a list: `<host_storages>` with one `<host_storage>` per item); 22 attributes and 1 link.
 *
 * Create one with `new HostStorage({ ... })`, or pass a plain {@link HostStorageInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage}
 */
export class HostStorage extends Struct {
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `address` attribute)
   */
  address?: string;

  /**
   * `StorageType` (`iscsi`, `fcp`, `nfs`, `localfs`, `posixfs`, `glusterfs`, `glance`, `cinder`, `managed_block_storage`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `type` attribute)
   */
  type?: StorageType | (string & {});

  /**
   * `string`. On the wire: element `<path>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `path` attribute)
   */
  path?: string;

  /**
   * `string`. On the wire: element `<mount_options>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `mount_options` attribute)
   */
  mountOptions?: string;

  /**
   * `string`. On the wire: element `<vfs_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `vfs_type` attribute)
   */
  vfsType?: string;

  /**
   * `NfsVersion` (`auto`, `v3`, `v4`, `v4_0`, `v4_1`, `v4_2`; or another string, from a newer engine). On the wire: element `<nfs_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `nfs_version` attribute)
   */
  nfsVersion?: NfsVersion | (string & {});

  /**
   * `number` (an integer). On the wire: element `<nfs_timeo>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `nfs_timeo` attribute)
   */
  nfsTimeo?: number;

  /**
   * `number` (an integer). On the wire: element `<nfs_retrans>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `nfs_retrans` attribute)
   */
  nfsRetrans?: number;

  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `port` attribute)
   */
  port?: number;

  /**
   * `string`. On the wire: element `<target>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `target` attribute)
   */
  target?: string;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `password` attribute)
   */
  password?: string;

  /**
   * `string`. On the wire: element `<portal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `portal` attribute)
   */
  portal?: string;

  /**
   * A list of `LogicalUnit`. On the wire: element `<logical_units>` with one `<logical_unit>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `logical_units` attribute)
   */
  logicalUnits?: List<LogicalUnit>;

  /**
   * `VolumeGroup`. On the wire: element `<volume_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `volume_group` attribute)
   */
  volumeGroup?: VolumeGroup;

  /**
   * `boolean`. On the wire: element `<override_luns>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `override_luns` attribute)
   */
  overrideLuns?: boolean;

  /**
   * A list of `Property`. On the wire: element `<driver_options>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `driver_options` attribute)
   * @since API 4.3
   */
  driverOptions?: List<Property>;

  /**
   * A list of `Property`. On the wire: element `<driver_sensitive_options>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `driver_sensitive_options` attribute)
   * @since API 4.3
   */
  driverSensitiveOptions?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<host_storage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `host` link)
   */
  host?: Host;

  /**
   * Creates a `host_storage` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: HostStorageInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.address = undefined;
      this.type = undefined;
      this.path = undefined;
      this.mountOptions = undefined;
      this.vfsType = undefined;
      this.nfsVersion = undefined;
      this.nfsTimeo = undefined;
      this.nfsRetrans = undefined;
      this.port = undefined;
      this.target = undefined;
      this.username = undefined;
      this.password = undefined;
      this.portal = undefined;
      this.logicalUnits = undefined;
      this.volumeGroup = undefined;
      this.overrideLuns = undefined;
      this.driverOptions = undefined;
      this.driverSensitiveOptions = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.host = undefined;
    }
  }
}

/**
 * A `host_storage` as the SDK accepts it: a {@link HostStorage} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage}
 */
export interface HostStorageInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<host_storage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Needed by:
   * - `StorageDomainsService.addByPath`: `storageDomain.storage.address`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `address` attribute)
   */
  address?: string;
  /**
   * `StorageType` (`iscsi`, `fcp`, `nfs`, `localfs`, `posixfs`, `glusterfs`, `glance`, `cinder`, `managed_block_storage`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Needed by:
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.type`
   * - `DisksService.addLun`: `disk.lunStorage.type`
   * - `StorageDomainsService.addDirectLun`: `storageDomain.storage.type`
   * - `StorageDomainsService.addBlockDomain`: `storageDomain.storage.type` when `storageDomain.storage.id` is not given
   * - `StorageDomainsService.addByPath`: `storageDomain.storage.type`
   * - `StorageDomainsService.addLocal`: `storageDomain.storage.type`
   * - `StorageDomainsService.addGlusterOrPostfs`: `storageDomain.storage.type`
   * - `StorageDomainsService.add`: `storageDomain.storage.type` when `storageDomain.storage.id` is not given
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `type` attribute)
   */
  type?: StorageType | (string & {});
  /**
   * `string`. On the wire: element `<path>`.
   *
   * Needed by:
   * - `StorageDomainsService.addByPath`: `storageDomain.storage.path`
   * - `StorageDomainsService.addLocal`: `storageDomain.storage.path`
   * - `StorageDomainsService.addGlusterOrPostfs`: `storageDomain.storage.path`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `path` attribute)
   */
  path?: string;
  /**
   * `string`. On the wire: element `<mount_options>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `mount_options` attribute)
   */
  mountOptions?: string;
  /**
   * `string`. On the wire: element `<vfs_type>`.
   *
   * Needed by:
   * - `StorageDomainsService.addGlusterOrPostfs`: `storageDomain.storage.vfsType`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `vfs_type` attribute)
   */
  vfsType?: string;
  /**
   * `NfsVersion` (`auto`, `v3`, `v4`, `v4_0`, `v4_1`, `v4_2`; another string is sent as it is). On the wire: element `<nfs_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `nfs_version` attribute)
   */
  nfsVersion?: NfsVersion | (string & {});
  /**
   * `number` (an integer). On the wire: element `<nfs_timeo>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `nfs_timeo` attribute)
   */
  nfsTimeo?: number;
  /**
   * `number` (an integer). On the wire: element `<nfs_retrans>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `nfs_retrans` attribute)
   */
  nfsRetrans?: number;
  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `port` attribute)
   */
  port?: number;
  /**
   * `string`. On the wire: element `<target>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `target` attribute)
   */
  target?: string;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `password` attribute)
   */
  password?: string;
  /**
   * `string`. On the wire: element `<portal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `portal` attribute)
   */
  portal?: string;
  /**
   * A list of `LogicalUnitInit` (a `LogicalUnit` or a plain object). On the wire: element `<logical_units>` with one `<logical_unit>` per item.
   *
   * Needed by:
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.logicalUnits[].address` when `attachment.disk.lunStorage.type` is `iscsi`
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.logicalUnits[].target` when `attachment.disk.lunStorage.type` is `iscsi`
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.logicalUnits[].port` when `attachment.disk.lunStorage.type` is `iscsi`
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.logicalUnits[].id` when `attachment.disk.lunStorage.type` is `iscsi`
   * - `DisksService.addLun`: `disk.lunStorage.logicalUnits[].address` when `disk.lunStorage.type` is `iscsi`
   * - `DisksService.addLun`: `disk.lunStorage.logicalUnits[].target` when `disk.lunStorage.type` is `iscsi`
   * - `DisksService.addLun`: `disk.lunStorage.logicalUnits[].port` when `disk.lunStorage.type` is `iscsi`
   * - `DisksService.addLun`: `disk.lunStorage.logicalUnits[].id` when `disk.lunStorage.type` is `iscsi`
   * - `StorageDomainsService.addDirectLun`: `storageDomain.storage.logicalUnits[].id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `logical_units` attribute)
   */
  logicalUnits?: LogicalUnitInit[];
  /**
   * `VolumeGroupInit` (a `VolumeGroup` or a plain object). On the wire: element `<volume_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `volume_group` attribute)
   */
  volumeGroup?: VolumeGroupInit;
  /**
   * `boolean`. On the wire: element `<override_luns>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `override_luns` attribute)
   */
  overrideLuns?: boolean;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<driver_options>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `driver_options` attribute)
   * @since API 4.3
   */
  driverOptions?: PropertyInit[];
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<driver_sensitive_options>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `driver_sensitive_options` attribute)
   * @since API 4.3
   */
  driverSensitiveOptions?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<host_storage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_storage | reference: host_storage} (its `host` link)
   */
  host?: HostInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HostStorage, () => ({
  href: VALUE,
  address: VALUE,
  type: VALUE,
  path: VALUE,
  mountOptions: VALUE,
  vfsType: VALUE,
  nfsVersion: VALUE,
  nfsTimeo: VALUE,
  nfsRetrans: VALUE,
  port: VALUE,
  target: VALUE,
  username: VALUE,
  password: VALUE,
  portal: VALUE,
  logicalUnits: [LogicalUnit],
  volumeGroup: VolumeGroup,
  overrideLuns: VALUE,
  driverOptions: [Property],
  driverSensitiveOptions: [Property],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  host: Host,
}));
