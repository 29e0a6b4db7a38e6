// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `host_storage` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage}
 */
export class HostStorage extends Struct {
  /** The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/address} */
  address?: string;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/type} */
  type?: StorageType;

  /** The `path` attribute (`<path>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/path} */
  path?: string;

  /** The `mount_options` attribute (`<mount_options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/mount_options} */
  mountOptions?: string;

  /** The `vfs_type` attribute (`<vfs_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/vfs_type} */
  vfsType?: string;

  /** The `nfs_version` attribute (`<nfs_version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/nfs_version} */
  nfsVersion?: NfsVersion;

  /** The `nfs_timeo` attribute (`<nfs_timeo>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/nfs_timeo} */
  nfsTimeo?: number;

  /** The `nfs_retrans` attribute (`<nfs_retrans>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/nfs_retrans} */
  nfsRetrans?: number;

  /** The `port` attribute (`<port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/port} */
  port?: number;

  /** The `target` attribute (`<target>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/target} */
  target?: string;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/password} */
  password?: string;

  /** The `portal` attribute (`<portal>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/portal} */
  portal?: string;

  /** The `logical_units` attribute (`<logical_units>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/logical_units} */
  logicalUnits?: List<LogicalUnit>;

  /** The `volume_group` attribute (`<volume_group>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/volume_group} */
  volumeGroup?: VolumeGroup;

  /** The `override_luns` attribute (`<override_luns>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/override_luns} */
  overrideLuns?: boolean;

  /**
   * The `driver_options` attribute (`<driver_options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/driver_options}
   * @since API 4.3
   */
  driverOptions?: List<Property>;

  /**
   * The `driver_sensitive_options` attribute (`<driver_sensitive_options>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/driver_sensitive_options}
   * @since API 4.3
   */
  driverSensitiveOptions?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/attributes/comment} */
  comment?: string;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_storage/links/host} */
  host?: Host;

  /** Creates a `host_storage`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: HostStorageInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `host_storage` as the SDK accepts it: a {@link HostStorage} or a plain object of the same shape, at any depth. */
export interface HostStorageInit {
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
  logicalUnits?: LogicalUnitInit[];
  volumeGroup?: VolumeGroupInit;
  overrideLuns?: boolean;
  driverOptions?: PropertyInit[];
  driverSensitiveOptions?: PropertyInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
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
