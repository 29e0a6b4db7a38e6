// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedDiskProfilesService } from './assigned-disk-profiles-service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { DiskSnapshotsService } from './disk-snapshots-service';
import { FilesService } from './files-service';
import { ImagesService } from './images-service';
import { StorageDomainDisksService } from './storage-domain-disks-service';
import { StorageDomainServerConnectionsService } from './storage-domain-server-connections-service';
import { StorageDomainTemplatesService } from './storage-domain-templates-service';
import { StorageDomainVmsService } from './storage-domain-vms-service';

/** Options of {@link StorageDomainService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainServiceGetOptions extends RequestOptions {
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/get/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link StorageDomainService.isAttached}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainServiceIsAttachedOptions extends RequestOptions {
  /** The `host` parameter (`<host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/is_attached/parameters/host} */
  host?: t.HostInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/is_attached/parameters/async} */
  async?: boolean;
}

/** Options of {@link StorageDomainService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link StorageDomainService.updateOvfStore}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainServiceUpdateOvfStoreOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/update_ovf_store/parameters/async} */
  async?: boolean;
}

/** Options of {@link StorageDomainService.refreshLuns}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainServiceRefreshLunsOptions extends RequestOptions {
  /** The `logical_units` parameter (`<logical_units>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/refresh_luns/parameters/logical_units} */
  logicalUnits?: t.LogicalUnitInit[];
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/refresh_luns/parameters/async} */
  async?: boolean;
}

/** Options of {@link StorageDomainService.reduceLuns}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainServiceReduceLunsOptions extends RequestOptions {
  /**
   * The `logical_units` parameter (`<logical_units>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/reduce_luns/parameters/logical_units}
   * @since API 4.1
   */
  logicalUnits?: t.LogicalUnitInit[];
}

/** Options of {@link StorageDomainService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainServiceRemoveOptions extends RequestOptions {
  /** The `host` parameter (query parameter `host`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/remove/parameters/host} */
  host?: string;
  /** The `format` parameter (query parameter `format`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/remove/parameters/format} */
  format?: boolean;
  /** The `destroy` parameter (query parameter `destroy`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/remove/parameters/destroy} */
  destroy?: boolean;
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageDomainService.get', { filter: 'boolean', follow: 'string' });
const IS_ATTACHED_PARAMETERS = methodParameters('StorageDomainService.isAttached', { host: t.Host, async: 'boolean' });
const UPDATE_PARAMETERS = methodParameters('StorageDomainService.update', { async: 'boolean' }, ['storageDomain', t.StorageDomain]);
const UPDATE_OVF_STORE_PARAMETERS = methodParameters('StorageDomainService.updateOvfStore', { async: 'boolean' });
const REFRESH_LUNS_PARAMETERS = methodParameters('StorageDomainService.refreshLuns', { logicalUnits: [t.LogicalUnit], async: 'boolean' });
const REDUCE_LUNS_PARAMETERS = methodParameters('StorageDomainService.reduceLuns', { logicalUnits: [t.LogicalUnit] });
const REMOVE_PARAMETERS = methodParameters('StorageDomainService.remove', { host: 'string', format: 'boolean', destroy: 'boolean', async: 'boolean' });

/**
 * The `storage_domain` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain}
 */
export class StorageDomainService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/get}
   * @returns The `storage_domain` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/get/parameters/storage_domain}
   */
  get(opts: StorageDomainServiceGetOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.StorageDomain>;
  }

  /**
   * The `is_attached` action: `POST` of an `<action>` to `.../isattached`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/is_attached}
   * @returns The `is_attached` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/is_attached/parameters/is_attached}
   */
  isAttached(opts: StorageDomainServiceIsAttachedOptions = {}): Promise<boolean> {
    const refused = checkParameters(IS_ATTACHED_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      host: opts.host,
      async: opts.async,
    };
    return this._action('isattached', action, 'isAttached', opts) as Promise<boolean>;
  }

  /**
   * Updates the object: `PUT` of `<storage_domain>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/update}
   * @param storageDomain The `storage_domain` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/update/parameters/storage_domain}
   */
  update(storageDomain: t.StorageDomainInit, opts: StorageDomainServiceUpdateOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(storageDomain, 'storage_domain', query, opts) as Promise<t.StorageDomain>;
  }

  /**
   * The `update_ovf_store` action: `POST` of an `<action>` to `.../updateovfstore`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/update_ovf_store}
   */
  updateOvfStore(opts: StorageDomainServiceUpdateOvfStoreOptions = {}): Promise<void> {
    const refused = checkParameters(UPDATE_OVF_STORE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('updateovfstore', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `refresh_luns` action: `POST` of an `<action>` to `.../refreshluns`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/refresh_luns}
   */
  refreshLuns(opts: StorageDomainServiceRefreshLunsOptions = {}): Promise<void> {
    const refused = checkParameters(REFRESH_LUNS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      logicalUnits: opts.logicalUnits,
      async: opts.async,
    };
    return this._action('refreshluns', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `reduce_luns` action: `POST` of an `<action>` to `.../reduceluns`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/reduce_luns}
   * @since API 4.1
   */
  reduceLuns(opts: StorageDomainServiceReduceLunsOptions = {}): Promise<void> {
    const refused = checkParameters(REDUCE_LUNS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      logicalUnits: opts.logicalUnits,
    };
    return this._action('reduceluns', action, undefined, opts) as Promise<void>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain/methods/remove}
   */
  remove(opts: StorageDomainServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      host: opts.host,
      format: opts.format,
      destroy: opts.destroy,
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `disk_profiles` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_disk_profiles}); sends no request. */
  diskProfilesService(): AssignedDiskProfilesService {
    return new AssignedDiskProfilesService(this.connection, `${this.path}/diskprofiles`);
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request. */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /** Locates the `disk_snapshots` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_snapshots}); sends no request. */
  diskSnapshotsService(): DiskSnapshotsService {
    return new DiskSnapshotsService(this.connection, `${this.path}/disksnapshots`);
  }

  /** Locates the `disks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_disks}); sends no request. */
  disksService(): StorageDomainDisksService {
    return new StorageDomainDisksService(this.connection, `${this.path}/disks`);
  }

  /** Locates the `files` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/files}); sends no request. */
  filesService(): FilesService {
    return new FilesService(this.connection, `${this.path}/files`);
  }

  /** Locates the `images` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/images}); sends no request. */
  imagesService(): ImagesService {
    return new ImagesService(this.connection, `${this.path}/images`);
  }

  /** Locates the `storage_connections` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_server_connections}); sends no request. */
  storageConnectionsService(): StorageDomainServerConnectionsService {
    return new StorageDomainServerConnectionsService(this.connection, `${this.path}/storageconnections`);
  }

  /** Locates the `templates` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_templates}); sends no request. */
  templatesService(): StorageDomainTemplatesService {
    return new StorageDomainTemplatesService(this.connection, `${this.path}/templates`);
  }

  /** Locates the `vms` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vms}); sends no request. */
  vmsService(): StorageDomainVmsService {
    return new StorageDomainVmsService(this.connection, `${this.path}/vms`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'diskprofiles': return this.diskProfilesService().service(rest);
      case 'permissions': return this.permissionsService().service(rest);
      case 'disksnapshots': return this.diskSnapshotsService().service(rest);
      case 'disks': return this.disksService().service(rest);
      case 'files': return this.filesService().service(rest);
      case 'images': return this.imagesService().service(rest);
      case 'storageconnections': return this.storageConnectionsService().service(rest);
      case 'templates': return this.templatesService().service(rest);
      case 'vms': return this.vmsService().service(rest);
    }
    return super.service(path);
  }
}
