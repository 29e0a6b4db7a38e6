// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { StatisticsService } from './statistics-service';

/** Options of {@link AttachedStorageDomainDiskService.copy}: the method's parameters, plus extra `query` and `headers`. */
export interface AttachedStorageDomainDiskServiceCopyOptions extends RequestOptions {
  /** The `disk` parameter (`<disk>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/copy/parameters/disk} */
  disk?: t.DiskInit;
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/copy/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
}

/** Options of {@link AttachedStorageDomainDiskService.export}: the method's parameters, plus extra `query` and `headers`. */
export interface AttachedStorageDomainDiskServiceExportOptions extends RequestOptions {
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/export/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
}

/** Options of {@link AttachedStorageDomainDiskService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface AttachedStorageDomainDiskServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link AttachedStorageDomainDiskService.move}: the method's parameters, plus extra `query` and `headers`. */
export interface AttachedStorageDomainDiskServiceMoveOptions extends RequestOptions {
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/move/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/move/parameters/async} */
  async?: boolean;
  /** The `filter` parameter (`<filter>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/move/parameters/filter} */
  filter?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const COPY_PARAMETERS = methodParameters('AttachedStorageDomainDiskService.copy', { disk: t.Disk, storageDomain: t.StorageDomain });
const UPDATE_PARAMETERS = methodParameters('AttachedStorageDomainDiskService.update', {}, ['disk', t.Disk]);
const EXPORT_PARAMETERS = methodParameters('AttachedStorageDomainDiskService.export', { storageDomain: t.StorageDomain });
const GET_PARAMETERS = methodParameters('AttachedStorageDomainDiskService.get', { follow: 'string' });
const MOVE_PARAMETERS = methodParameters('AttachedStorageDomainDiskService.move', { storageDomain: t.StorageDomain, async: 'boolean', filter: 'boolean' });
const REMOVE_PARAMETERS = methodParameters('AttachedStorageDomainDiskService.remove', {});
const SPARSIFY_PARAMETERS = methodParameters('AttachedStorageDomainDiskService.sparsify', {});
const REGISTER_PARAMETERS = methodParameters('AttachedStorageDomainDiskService.register', {});

/**
 * The `attached_storage_domain_disk` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk}
 */
export class AttachedStorageDomainDiskService extends Service {
  /**
   * The `copy` action: `POST` of an `<action>` to `.../copy`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/copy}
   * @deprecated The model marks it deprecated.
   */
  copy(opts: AttachedStorageDomainDiskServiceCopyOptions = {}): Promise<void> {
    const refused = checkParameters(COPY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      disk: opts.disk,
      storageDomain: opts.storageDomain,
    };
    return this._action('copy', action, undefined, opts) as Promise<void>;
  }

  /**
   * Updates the object: `PUT` of `<disk>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/update}
   * @param disk The `disk` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/update/parameters/disk}
   */
  update(disk: t.DiskInit, opts: RequestOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, disk);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(disk, 'disk', {}, opts) as Promise<t.Disk>;
  }

  /**
   * The `export` action: `POST` of an `<action>` to `.../export`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/export}
   */
  export(opts: AttachedStorageDomainDiskServiceExportOptions = {}): Promise<void> {
    const refused = checkParameters(EXPORT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      storageDomain: opts.storageDomain,
    };
    return this._action('export', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/get}
   * @returns The `disk` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/get/parameters/disk}
   */
  get(opts: AttachedStorageDomainDiskServiceGetOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Disk>;
  }

  /**
   * The `move` action: `POST` of an `<action>` to `.../move`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/move}
   */
  move(opts: AttachedStorageDomainDiskServiceMoveOptions = {}): Promise<void> {
    const refused = checkParameters(MOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      storageDomain: opts.storageDomain,
      async: opts.async,
      filter: opts.filter,
    };
    return this._action('move', action, undefined, opts) as Promise<void>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/remove}
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._remove({}, opts);
  }

  /**
   * The `sparsify` action: `POST` of an `<action>` to `.../sparsify`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/sparsify}
   * @since API 4.1
   */
  sparsify(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(SPARSIFY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('sparsify', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `register` action: `POST` of an `<action>` to `.../register`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disk/methods/register}
   * @since API 4.2
   */
  register(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REGISTER_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('register', {}, undefined, opts) as Promise<void>;
  }

  /** Locates the `statistics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/statistics}); sends no request. */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request. */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'statistics': return this.statisticsService().service(rest);
      case 'permissions': return this.permissionsService().service(rest);
    }
    return super.service(path);
  }
}
