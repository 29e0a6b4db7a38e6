// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { GlusterVolume } from './gluster-volume';
import type { GlusterVolumeInit } from './gluster-volume';
import { Host } from './host';
import type { HostInit } from './host';
import type { NfsVersion } from './nfs-version';
import type { StorageType } from './storage-type';

/**
 * The `storage_connection` type of the API, on the wire `<storage_connection>` (a list: `<storage_connections>` with one `<storage_connection>` per item); 17 attributes and 2 links.
 *
 * Create one with `new StorageConnection({ ... })`, or pass a plain {@link StorageConnectionInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection}
 */
export class StorageConnection extends Struct {
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `address` attribute)
   */
  address?: string;

  /**
   * `StorageType` (`iscsi`, `fcp`, `nfs`, `localfs`, `posixfs`, `glusterfs`, `glance`, `cinder`, `managed_block_storage`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `type` attribute)
   */
  type?: StorageType | (string & {});

  /**
   * `string`. On the wire: element `<path>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `path` attribute)
   */
  path?: string;

  /**
   * `string`. On the wire: element `<mount_options>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `mount_options` attribute)
   */
  mountOptions?: string;

  /**
   * `string`. On the wire: element `<vfs_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `vfs_type` attribute)
   */
  vfsType?: string;

  /**
   * `NfsVersion` (`auto`, `v3`, `v4`, `v4_0`, `v4_1`, `v4_2`; or another string, from a newer engine). On the wire: element `<nfs_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `nfs_version` attribute)
   */
  nfsVersion?: NfsVersion | (string & {});

  /**
   * `number` (an integer). On the wire: element `<nfs_timeo>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `nfs_timeo` attribute)
   */
  nfsTimeo?: number;

  /**
   * `number` (an integer). On the wire: element `<nfs_retrans>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `nfs_retrans` attribute)
   */
  nfsRetrans?: number;

  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `port` attribute)
   */
  port?: number;

  /**
   * `string`. On the wire: element `<target>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `target` attribute)
   */
  target?: string;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `password` attribute)
   */
  password?: string;

  /**
   * `string`. On the wire: element `<portal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `portal` attribute)
   */
  portal?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<storage_connection>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `GlusterVolume`. On the wire: element `<gluster_volume>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `gluster_volume` link)
   */
  glusterVolume?: GlusterVolume;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `host` link)
   */
  host?: Host;

  /**
   * Creates a `storage_connection` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: StorageConnectionInit) {
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
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.glusterVolume = undefined;
      this.host = undefined;
    }
  }
}

/**
 * A `storage_connection` as the SDK accepts it: a {@link StorageConnection} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection}
 */
export interface StorageConnectionInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<storage_connection>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Needed by:
   * - `StorageServerConnectionsService.addIscsi`: `connection.address`
   * - `StorageServerConnectionsService.addNfs`: `connection.address`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `address` attribute)
   */
  address?: string;
  /**
   * `StorageType` (`iscsi`, `fcp`, `nfs`, `localfs`, `posixfs`, `glusterfs`, `glance`, `cinder`, `managed_block_storage`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Needed by:
   * - `StorageServerConnectionsService.addIscsi`: `connection.type`
   * - `StorageServerConnectionsService.addNfs`: `connection.type`
   * - `StorageServerConnectionsService.addVfs`: `connection.type`
   * - `StorageServerConnectionsService.addGlusterfs`: `connection.type`
   * - `StorageServerConnectionsService.addLocal`: `connection.type`
   * - `StorageServerConnectionsService.add`: `connection.type`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `type` attribute)
   */
  type?: StorageType | (string & {});
  /**
   * `string`. On the wire: element `<path>`.
   *
   * Needed by:
   * - `StorageServerConnectionsService.addNfs`: `connection.path`
   * - `StorageServerConnectionsService.addVfs`: `connection.path`
   * - `StorageServerConnectionsService.addGlusterfs`: `connection.path`
   * - `StorageServerConnectionsService.addLocal`: `connection.path`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `path` attribute)
   */
  path?: string;
  /**
   * `string`. On the wire: element `<mount_options>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `mount_options` attribute)
   */
  mountOptions?: string;
  /**
   * `string`. On the wire: element `<vfs_type>`.
   *
   * Needed by:
   * - `StorageServerConnectionsService.addVfs`: `connection.vfsType`
   * - `StorageServerConnectionsService.addGlusterfs`: `connection.vfsType`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `vfs_type` attribute)
   */
  vfsType?: string;
  /**
   * `NfsVersion` (`auto`, `v3`, `v4`, `v4_0`, `v4_1`, `v4_2`; another string is sent as it is). On the wire: element `<nfs_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `nfs_version` attribute)
   */
  nfsVersion?: NfsVersion | (string & {});
  /**
   * `number` (an integer). On the wire: element `<nfs_timeo>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `nfs_timeo` attribute)
   */
  nfsTimeo?: number;
  /**
   * `number` (an integer). On the wire: element `<nfs_retrans>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `nfs_retrans` attribute)
   */
  nfsRetrans?: number;
  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Needed by:
   * - `StorageServerConnectionsService.addIscsi`: `connection.port`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `port` attribute)
   */
  port?: number;
  /**
   * `string`. On the wire: element `<target>`.
   *
   * Needed by:
   * - `StorageServerConnectionsService.addIscsi`: `connection.target`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `target` attribute)
   */
  target?: string;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `password` attribute)
   */
  password?: string;
  /**
   * `string`. On the wire: element `<portal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `portal` attribute)
   */
  portal?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<storage_connection>`.
   *
   * Needed by:
   * - `StorageDomainServerConnectionsService.add`: `connection.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `GlusterVolumeInit` (a `GlusterVolume` or a plain object). On the wire: element `<gluster_volume>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `gluster_volume` link)
   */
  glusterVolume?: GlusterVolumeInit;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/storage_connection | reference: storage_connection} (its `host` link)
   */
  host?: HostInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(StorageConnection, () => ({
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
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  glusterVolume: GlusterVolume,
  host: Host,
}));
