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

/**
 * Options of {@link StorageDomainService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/get | reference: storage_domain.get}
 */
export interface StorageDomainServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /storagedomains/{storage_domain_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/get | reference: storage_domain.get}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/get | reference: storage_domain.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link StorageDomainService.isAttached}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/is_attached | reference: storage_domain.is_attached}
 */
export interface StorageDomainServiceIsAttachedOptions extends RequestOptions {
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<host>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/isattached`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.host.id` or `opts.host.name`
   *
   * Rule: the engine's check, BackendStorageDomainResource.isAttached: validateParameters(action, "host.id|name").
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/is_attached | reference: storage_domain.is_attached}
   */
  host?: t.HostInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/isattached`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/is_attached | reference: storage_domain.is_attached}
   */
  async?: boolean;
}

/**
 * Options of {@link StorageDomainService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/update | reference: storage_domain.update}
 */
export interface StorageDomainServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /storagedomains/{storage_domain_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/update | reference: storage_domain.update}
   */
  async?: boolean;
}

/**
 * Options of {@link StorageDomainService.updateOvfStore}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/update_ovf_store | reference: storage_domain.update_ovf_store}
 */
export interface StorageDomainServiceUpdateOvfStoreOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/updateovfstore`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/update_ovf_store | reference: storage_domain.update_ovf_store}
   */
  async?: boolean;
}

/**
 * Options of {@link StorageDomainService.refreshLuns}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/refresh_luns | reference: storage_domain.refresh_luns}
 */
export interface StorageDomainServiceRefreshLunsOptions extends RequestOptions {
  /**
   * A list of `LogicalUnitInit` (a `LogicalUnit` or a plain object), sent as `<logical_units>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/refreshluns`.
   *
   * Also accepts: `opts.logicalUnits[].id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/refresh_luns | reference: storage_domain.refresh_luns}
   */
  logicalUnits?: t.LogicalUnitInit[];
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/refreshluns`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/refresh_luns | reference: storage_domain.refresh_luns}
   */
  async?: boolean;
}

/**
 * Options of {@link StorageDomainService.reduceLuns}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/reduce_luns | reference: storage_domain.reduce_luns}
 */
export interface StorageDomainServiceReduceLunsOptions extends RequestOptions {
  /**
   * A list of `LogicalUnitInit` (a `LogicalUnit` or a plain object), sent as `<logical_units>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/reduceluns`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/reduce_luns | reference: storage_domain.reduce_luns}
   * @since API 4.1
   */
  logicalUnits?: t.LogicalUnitInit[];
}

/**
 * Options of {@link StorageDomainService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/remove | reference: storage_domain.remove}
 */
export interface StorageDomainServiceRemoveOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `host` of `DELETE /storagedomains/{storage_domain_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/remove | reference: storage_domain.remove}
   */
  host?: string;
  /**
   * `boolean`, sent as query parameter `format` of `DELETE /storagedomains/{storage_domain_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/remove | reference: storage_domain.remove}
   */
  format?: boolean;
  /**
   * `boolean`, sent as query parameter `destroy` of `DELETE /storagedomains/{storage_domain_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/remove | reference: storage_domain.remove}
   */
  destroy?: boolean;
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /storagedomains/{storage_domain_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/remove | reference: storage_domain.remove}
   */
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
 * The `storage_domain` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain | reference: storage_domain}
 */
export class StorageDomainService extends Service {
  /**
   * Retrieves the `storage_domain`: sends `GET /storagedomains/{storage_domain_id}` and reads the `<storage_domain>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/get | reference: storage_domain.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainServiceGetOptions}).
   * @returns The `storage_domain`: `StorageDomain`.
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
   * The `is_attached` action: sends `POST /storagedomains/{storage_domain_id}/isattached` with an `<action>` body holding the parameters given, and reads `<is_attached>` from the `<action>` the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.host.id` or `opts.host.name`
   *
   * Rule: the engine's check, BackendStorageDomainResource.isAttached: validateParameters(action, "host.id|name").
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/is_attached | reference: storage_domain.is_attached}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainServiceIsAttachedOptions}).
   * @returns The `is_attached`: `boolean`.
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
   * Updates the `storage_domain`: sends `PUT /storagedomains/{storage_domain_id}` with the `<storage_domain>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/update | reference: storage_domain.update}
   * @param storageDomain The `storage_domain` to send: `StorageDomainInit` (a `StorageDomain` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainServiceUpdateOptions}).
   * @returns The `storage_domain` as the engine answers it.
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
   * The `update_ovf_store` action: sends `POST /storagedomains/{storage_domain_id}/updateovfstore` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/update_ovf_store | reference: storage_domain.update_ovf_store}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainServiceUpdateOvfStoreOptions}).
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
   * The `refresh_luns` action: sends `POST /storagedomains/{storage_domain_id}/refreshluns` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.logicalUnits[].id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/refresh_luns | reference: storage_domain.refresh_luns}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainServiceRefreshLunsOptions}).
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
   * The `reduce_luns` action: sends `POST /storagedomains/{storage_domain_id}/reduceluns` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/reduce_luns | reference: storage_domain.reduce_luns}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainServiceReduceLunsOptions}).
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
   * Removes: sends `DELETE /storagedomains/{storage_domain_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain/methods/remove | reference: storage_domain.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainServiceRemoveOptions}).
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

  /**
   * Locates the `assigned_disk_profiles` service at `diskprofiles` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_disk_profiles | reference: assigned_disk_profiles}
   */
  diskProfilesService(): AssignedDiskProfilesService {
    return new AssignedDiskProfilesService(this.connection, `${this.path}/diskprofiles`);
  }

  /**
   * Locates the `assigned_permissions` service at `permissions` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions | reference: assigned_permissions}
   */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /**
   * Locates the `disk_snapshots` service at `disksnapshots` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshots | reference: disk_snapshots}
   */
  diskSnapshotsService(): DiskSnapshotsService {
    return new DiskSnapshotsService(this.connection, `${this.path}/disksnapshots`);
  }

  /**
   * Locates the `storage_domain_disks` service at `disks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disks | reference: storage_domain_disks}
   */
  disksService(): StorageDomainDisksService {
    return new StorageDomainDisksService(this.connection, `${this.path}/disks`);
  }

  /**
   * Locates the `files` service at `files` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/files | reference: files}
   */
  filesService(): FilesService {
    return new FilesService(this.connection, `${this.path}/files`);
  }

  /**
   * Locates the `images` service at `images` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/images | reference: images}
   */
  imagesService(): ImagesService {
    return new ImagesService(this.connection, `${this.path}/images`);
  }

  /**
   * Locates the `storage_domain_server_connections` service at `storageconnections` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connections | reference: storage_domain_server_connections}
   */
  storageConnectionsService(): StorageDomainServerConnectionsService {
    return new StorageDomainServerConnectionsService(this.connection, `${this.path}/storageconnections`);
  }

  /**
   * Locates the `storage_domain_templates` service at `templates` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_templates | reference: storage_domain_templates}
   */
  templatesService(): StorageDomainTemplatesService {
    return new StorageDomainTemplatesService(this.connection, `${this.path}/templates`);
  }

  /**
   * Locates the `storage_domain_vms` service at `vms` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vms | reference: storage_domain_vms}
   */
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
