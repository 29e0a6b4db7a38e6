// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { GlusterVolume } from './gluster-volume';
import type { GlusterVolumeInit } from './gluster-volume';
import { Host } from './host';
import type { HostInit } from './host';
import type { NfsVersion } from './nfs-version';
import type { StorageType } from './storage-type';

/**
 * The `storage_connection` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection}
 */
export class StorageConnection extends Struct {
  /** The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/address} */
  address?: string;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/type} */
  type?: StorageType;

  /** The `path` attribute (`<path>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/path} */
  path?: string;

  /** The `mount_options` attribute (`<mount_options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/mount_options} */
  mountOptions?: string;

  /** The `vfs_type` attribute (`<vfs_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/vfs_type} */
  vfsType?: string;

  /** The `nfs_version` attribute (`<nfs_version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/nfs_version} */
  nfsVersion?: NfsVersion;

  /** The `nfs_timeo` attribute (`<nfs_timeo>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/nfs_timeo} */
  nfsTimeo?: number;

  /** The `nfs_retrans` attribute (`<nfs_retrans>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/nfs_retrans} */
  nfsRetrans?: number;

  /** The `port` attribute (`<port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/port} */
  port?: number;

  /** The `target` attribute (`<target>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/target} */
  target?: string;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/password} */
  password?: string;

  /** The `portal` attribute (`<portal>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/portal} */
  portal?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/attributes/comment} */
  comment?: string;

  /** The `gluster_volume` link (`<gluster_volume>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/links/gluster_volume} */
  glusterVolume?: GlusterVolume;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/storage_connection/links/host} */
  host?: Host;

  /** Creates a `storage_connection`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: StorageConnectionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `storage_connection` as the SDK accepts it: a {@link StorageConnection} or a plain object of the same shape, at any depth. */
export interface StorageConnectionInit {
  href?: string;
  address?: string;
  type?: StorageType;
  path?: string;
  mountOptions?: string;
  vfsType?: string;
  nfsVersion?: NfsVersion;
  nfsTimeo?: number;
  nfsRetrans?: number;
  port?: number;
  target?: string;
  username?: string;
  password?: string;
  portal?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  glusterVolume?: GlusterVolumeInit;
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
