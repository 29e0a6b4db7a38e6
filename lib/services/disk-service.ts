// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { DiskSnapshotsService } from './disk-snapshots-service';
import { StatisticsService } from './statistics-service';

/** Options of {@link DiskService.copy}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskServiceCopyOptions extends RequestOptions {
  /** The `disk` parameter (`<disk>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/copy/parameters/disk} */
  disk?: t.DiskInit;
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/copy/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
  /**
   * The `disk_profile` parameter (`<disk_profile>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/copy/parameters/disk_profile}
   * @since API 4.2
   */
  diskProfile?: t.DiskProfileInit;
  /**
   * The `quota` parameter (`<quota>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/copy/parameters/quota}
   * @since API 4.2
   */
  quota?: t.QuotaInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/copy/parameters/async} */
  async?: boolean;
  /** The `filter` parameter (`<filter>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/copy/parameters/filter} */
  filter?: boolean;
}

/** Options of {@link DiskService.export}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskServiceExportOptions extends RequestOptions {
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/export/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/export/parameters/async} */
  async?: boolean;
  /** The `filter` parameter (`<filter>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/export/parameters/filter} */
  filter?: boolean;
}

/** Options of {@link DiskService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskServiceGetOptions extends RequestOptions {
  /** The `all_content` parameter (query parameter `all_content`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/get/parameters/all_content} */
  allContent?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link DiskService.move}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskServiceMoveOptions extends RequestOptions {
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/move/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
  /**
   * The `disk_profile` parameter (`<disk_profile>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/move/parameters/disk_profile}
   * @since API 4.2
   */
  diskProfile?: t.DiskProfileInit;
  /**
   * The `quota` parameter (`<quota>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/move/parameters/quota}
   * @since API 4.2
   */
  quota?: t.QuotaInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/move/parameters/async} */
  async?: boolean;
  /** The `filter` parameter (`<filter>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/move/parameters/filter} */
  filter?: boolean;
}

/** Options of {@link DiskService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/remove/parameters/async} */
  async?: boolean;
}

/** Options of {@link DiskService.refreshLun}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskServiceRefreshLunOptions extends RequestOptions {
  /**
   * The `host` parameter (`<host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/refresh_lun/parameters/host}
   * @since API 4.2
   */
  host?: t.HostInit;
}

/** Options of {@link DiskService.reduce}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskServiceReduceOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/reduce/parameters/async} */
  async?: boolean;
}

/** Options of {@link DiskService.convert}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskServiceConvertOptions extends RequestOptions {
  /**
   * The `disk` parameter (`<disk>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/convert/parameters/disk}
   * @since API 4.5
   */
  disk?: t.DiskInit;
  /**
   * The `follow` parameter (`<follow>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/convert/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const COPY_PARAMETERS = methodParameters('DiskService.copy', { disk: t.Disk, storageDomain: t.StorageDomain, diskProfile: t.DiskProfile, quota: t.Quota, async: 'boolean', filter: 'boolean' });
const UPDATE_PARAMETERS = methodParameters('DiskService.update', {}, ['disk', t.Disk]);
const EXPORT_PARAMETERS = methodParameters('DiskService.export', { storageDomain: t.StorageDomain, async: 'boolean', filter: 'boolean' });
const GET_PARAMETERS = methodParameters('DiskService.get', { allContent: 'boolean', follow: 'string' });
const MOVE_PARAMETERS = methodParameters('DiskService.move', { storageDomain: t.StorageDomain, diskProfile: t.DiskProfile, quota: t.Quota, async: 'boolean', filter: 'boolean' });
const REMOVE_PARAMETERS = methodParameters('DiskService.remove', { async: 'boolean' });
const SPARSIFY_PARAMETERS = methodParameters('DiskService.sparsify', {});
const REFRESH_LUN_PARAMETERS = methodParameters('DiskService.refreshLun', { host: t.Host });
const REDUCE_PARAMETERS = methodParameters('DiskService.reduce', { async: 'boolean' });
const CONVERT_PARAMETERS = methodParameters('DiskService.convert', { disk: t.Disk, follow: 'string' });

/**
 * The `disk` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk}
 */
export class DiskService extends Service {
  /**
   * The `copy` action: `POST` of an `<action>` to `.../copy`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/copy}
   */
  copy(opts: DiskServiceCopyOptions = {}): Promise<void> {
    const refused = checkParameters(COPY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      disk: opts.disk,
      storageDomain: opts.storageDomain,
      diskProfile: opts.diskProfile,
      quota: opts.quota,
      async: opts.async,
      filter: opts.filter,
    };
    return this._action('copy', action, undefined, opts) as Promise<void>;
  }

  /**
   * Updates the object: `PUT` of `<disk>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/update}
   * @param disk The `disk` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/update/parameters/disk}
   * @since API 4.4.0
   */
  update(disk: t.DiskInit, opts: RequestOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, disk);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(disk, 'disk', {}, opts) as Promise<t.Disk>;
  }

  /**
   * The `export` action: `POST` of an `<action>` to `.../export`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/export}
   */
  export(opts: DiskServiceExportOptions = {}): Promise<void> {
    const refused = checkParameters(EXPORT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      storageDomain: opts.storageDomain,
      async: opts.async,
      filter: opts.filter,
    };
    return this._action('export', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/get}
   * @returns The `disk` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/get/parameters/disk}
   */
  get(opts: DiskServiceGetOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      all_content: opts.allContent,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Disk>;
  }

  /**
   * The `move` action: `POST` of an `<action>` to `.../move`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/move}
   */
  move(opts: DiskServiceMoveOptions = {}): Promise<void> {
    const refused = checkParameters(MOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      storageDomain: opts.storageDomain,
      diskProfile: opts.diskProfile,
      quota: opts.quota,
      async: opts.async,
      filter: opts.filter,
    };
    return this._action('move', action, undefined, opts) as Promise<void>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/remove}
   */
  remove(opts: DiskServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * The `sparsify` action: `POST` of an `<action>` to `.../sparsify`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/sparsify}
   * @since API 4.1
   */
  sparsify(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(SPARSIFY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('sparsify', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `refresh_lun` action: `POST` of an `<action>` to `.../refreshlun`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/refresh_lun}
   * @since API 4.2
   */
  refreshLun(opts: DiskServiceRefreshLunOptions = {}): Promise<void> {
    const refused = checkParameters(REFRESH_LUN_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      host: opts.host,
    };
    return this._action('refreshlun', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `reduce` action: `POST` of an `<action>` to `.../reduce`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/reduce}
   * @since API 4.2.5
   */
  reduce(opts: DiskServiceReduceOptions = {}): Promise<void> {
    const refused = checkParameters(REDUCE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('reduce', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `convert` action: `POST` of an `<action>` to `.../convert`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk/methods/convert}
   * @since API 4.5
   */
  convert(opts: DiskServiceConvertOptions = {}): Promise<void> {
    const refused = checkParameters(CONVERT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      disk: opts.disk,
      follow: opts.follow,
    };
    return this._action('convert', action, undefined, opts) as Promise<void>;
  }

  /** Locates the `statistics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/statistics}); sends no request. */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request. */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /**
   * Locates the `disk_snapshots` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_snapshots}); sends no request.
   * @since API 4.4.3
   */
  diskSnapshotsService(): DiskSnapshotsService {
    return new DiskSnapshotsService(this.connection, `${this.path}/disksnapshots`);
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
      case 'disksnapshots': return this.diskSnapshotsService().service(rest);
    }
    return super.service(path);
  }
}
