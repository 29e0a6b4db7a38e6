// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { DiskSnapshotsService } from './disk-snapshots-service';
import { StatisticsService } from './statistics-service';

/**
 * Options of {@link DiskService.copy}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/copy | reference: disk.copy}
 */
export interface DiskServiceCopyOptions extends RequestOptions {
  /**
   * `DiskInit` (a `Disk` or a plain object), sent as `<disk>` in the `<action>` body of `POST /disks/{disk_id}/copy`.
   *
   * Also accepts: `opts.disk.name` or `opts.disk.alias`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/copy | reference: disk.copy}
   */
  disk?: t.DiskInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /disks/{disk_id}/copy`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/copy | reference: disk.copy}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `DiskProfileInit` (a `DiskProfile` or a plain object), sent as `<disk_profile>` in the `<action>` body of `POST /disks/{disk_id}/copy`.
   *
   * Also accepts: `opts.diskProfile.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/copy | reference: disk.copy}
   * @since API 4.2
   */
  diskProfile?: t.DiskProfileInit;
  /**
   * `QuotaInit` (a `Quota` or a plain object), sent as `<quota>` in the `<action>` body of `POST /disks/{disk_id}/copy`.
   *
   * Also accepts: `opts.quota.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/copy | reference: disk.copy}
   * @since API 4.2
   */
  quota?: t.QuotaInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /disks/{disk_id}/copy`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/copy | reference: disk.copy}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<filter>` in the `<action>` body of `POST /disks/{disk_id}/copy`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/copy | reference: disk.copy}
   */
  filter?: boolean;
}

/**
 * Options of {@link DiskService.export}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/export | reference: disk.export}
 */
export interface DiskServiceExportOptions extends RequestOptions {
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /disks/{disk_id}/export`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/export | reference: disk.export}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /disks/{disk_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/export | reference: disk.export}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<filter>` in the `<action>` body of `POST /disks/{disk_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/export | reference: disk.export}
   */
  filter?: boolean;
}

/**
 * Options of {@link DiskService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/get | reference: disk.get}
 */
export interface DiskServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `all_content` of `GET /disks/{disk_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/get | reference: disk.get}
   */
  allContent?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /disks/{disk_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/get | reference: disk.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link DiskService.move}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/move | reference: disk.move}
 */
export interface DiskServiceMoveOptions extends RequestOptions {
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /disks/{disk_id}/move`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/move | reference: disk.move}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `DiskProfileInit` (a `DiskProfile` or a plain object), sent as `<disk_profile>` in the `<action>` body of `POST /disks/{disk_id}/move`.
   *
   * Also accepts: `opts.diskProfile.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/move | reference: disk.move}
   * @since API 4.2
   */
  diskProfile?: t.DiskProfileInit;
  /**
   * `QuotaInit` (a `Quota` or a plain object), sent as `<quota>` in the `<action>` body of `POST /disks/{disk_id}/move`.
   *
   * Also accepts: `opts.quota.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/move | reference: disk.move}
   * @since API 4.2
   */
  quota?: t.QuotaInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /disks/{disk_id}/move`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/move | reference: disk.move}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<filter>` in the `<action>` body of `POST /disks/{disk_id}/move`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/move | reference: disk.move}
   */
  filter?: boolean;
}

/**
 * Options of {@link DiskService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/remove | reference: disk.remove}
 */
export interface DiskServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /disks/{disk_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/remove | reference: disk.remove}
   */
  async?: boolean;
}

/**
 * Options of {@link DiskService.refreshLun}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/refresh_lun | reference: disk.refresh_lun}
 */
export interface DiskServiceRefreshLunOptions extends RequestOptions {
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<host>` in the `<action>` body of `POST /disks/{disk_id}/refreshlun`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.host.id` or `opts.host.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/refresh_lun | reference: disk.refresh_lun}
   * @since API 4.2
   */
  host?: t.HostInit;
}

/**
 * Options of {@link DiskService.reduce}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/reduce | reference: disk.reduce}
 */
export interface DiskServiceReduceOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /disks/{disk_id}/reduce`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/reduce | reference: disk.reduce}
   */
  async?: boolean;
}

/**
 * Options of {@link DiskService.convert}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/convert | reference: disk.convert}
 */
export interface DiskServiceConvertOptions extends RequestOptions {
  /**
   * `DiskInit` (a `Disk` or a plain object), sent as `<disk>` in the `<action>` body of `POST /disks/{disk_id}/convert`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.disk.format` or `opts.disk.sparse`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/convert | reference: disk.convert}
   * @since API 4.5
   */
  disk?: t.DiskInit;
  /**
   * `string`, sent as `<follow>` in the `<action>` body of `POST /disks/{disk_id}/convert`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/convert | reference: disk.convert}
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
 * The `disk` service of the API.
 *
 * Path below the API root: `/disks/{disk_id}`.
 * Reached with `connection.systemService().disksService().diskService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk | reference: disk}
 */
export class DiskService extends Service {
  /**
   * The `copy` action: sends `POST /disks/{disk_id}/copy` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Also accepts: `opts.disk.name` or `opts.disk.alias`, `opts.diskProfile.id`, `opts.quota.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/copy | reference: disk.copy}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskServiceCopyOptions}).
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
   * Updates the `disk`: sends `PUT /disks/{disk_id}` with the `<disk>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `disk.alias`, `disk.bootable`, `disk.description`, `disk.diskProfile.id`, `disk.format`, `disk.name`, `disk.propagateErrors`, `disk.provisionedSize`, `disk.quota.id`, `disk.readOnly`, `disk.sgio`, `disk.shareable`, `disk.sparse`, `disk.usesScsiReservation`, `disk.wipeAfterDelete`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/update | reference: disk.update}
   * @param disk The `disk` to send: `DiskInit` (a `Disk` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `disk` as the engine answers it.
   * @since API 4.4.0
   */
  update(disk: t.DiskInit, opts: RequestOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, disk);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(disk, 'disk', {}, opts) as Promise<t.Disk>;
  }

  /**
   * The `export` action: sends `POST /disks/{disk_id}/export` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/export | reference: disk.export}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskServiceExportOptions}).
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
   * Retrieves the `disk`: sends `GET /disks/{disk_id}` and reads the `<disk>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/get | reference: disk.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskServiceGetOptions}).
   * @returns The `disk`: `Disk`.
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
   * The `move` action: sends `POST /disks/{disk_id}/move` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Also accepts: `opts.diskProfile.id`, `opts.quota.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/move | reference: disk.move}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskServiceMoveOptions}).
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
   * Removes: sends `DELETE /disks/{disk_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/remove | reference: disk.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskServiceRemoveOptions}).
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
   * The `sparsify` action: sends `POST /disks/{disk_id}/sparsify` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/sparsify | reference: disk.sparsify}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @since API 4.1
   */
  sparsify(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(SPARSIFY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('sparsify', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `refresh_lun` action: sends `POST /disks/{disk_id}/refreshlun` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.host.id` or `opts.host.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/refresh_lun | reference: disk.refresh_lun}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskServiceRefreshLunOptions}).
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
   * The `reduce` action: sends `POST /disks/{disk_id}/reduce` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/reduce | reference: disk.reduce}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskServiceReduceOptions}).
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
   * The `convert` action: sends `POST /disks/{disk_id}/convert` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.disk.format` or `opts.disk.sparse`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk/methods/convert | reference: disk.convert}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskServiceConvertOptions}).
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

  /**
   * Locates the `statistics` service at `statistics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics | reference: statistics}
   */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
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
