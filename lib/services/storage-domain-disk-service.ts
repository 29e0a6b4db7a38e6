// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { StatisticsService } from './statistics-service';

/**
 * Options of {@link StorageDomainDiskService.copy}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/copy | reference: storage_domain_disk.copy}
 */
export interface StorageDomainDiskServiceCopyOptions extends RequestOptions {
  /**
   * `DiskInit` (a `Disk` or a plain object), sent as `<disk>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/disks/{disk_id}/copy`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/copy | reference: storage_domain_disk.copy}
   */
  disk?: t.DiskInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/disks/{disk_id}/copy`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/copy | reference: storage_domain_disk.copy}
   */
  storageDomain?: t.StorageDomainInit;
}

/**
 * Options of {@link StorageDomainDiskService.export}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/export | reference: storage_domain_disk.export}
 */
export interface StorageDomainDiskServiceExportOptions extends RequestOptions {
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/disks/{disk_id}/export`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/export | reference: storage_domain_disk.export}
   */
  storageDomain?: t.StorageDomainInit;
}

/**
 * Options of {@link StorageDomainDiskService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/get | reference: storage_domain_disk.get}
 */
export interface StorageDomainDiskServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/disks/{disk_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/get | reference: storage_domain_disk.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link StorageDomainDiskService.move}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/move | reference: storage_domain_disk.move}
 */
export interface StorageDomainDiskServiceMoveOptions extends RequestOptions {
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/disks/{disk_id}/move`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/move | reference: storage_domain_disk.move}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/disks/{disk_id}/move`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/move | reference: storage_domain_disk.move}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<filter>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/disks/{disk_id}/move`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/move | reference: storage_domain_disk.move}
   */
  filter?: boolean;
}

/**
 * Options of {@link StorageDomainDiskService.reduce}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/reduce | reference: storage_domain_disk.reduce}
 */
export interface StorageDomainDiskServiceReduceOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/disks/{disk_id}/reduce`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/reduce | reference: storage_domain_disk.reduce}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const COPY_PARAMETERS = methodParameters('StorageDomainDiskService.copy', { disk: t.Disk, storageDomain: t.StorageDomain });
const UPDATE_PARAMETERS = methodParameters('StorageDomainDiskService.update', {}, ['disk', t.Disk]);
const EXPORT_PARAMETERS = methodParameters('StorageDomainDiskService.export', { storageDomain: t.StorageDomain });
const GET_PARAMETERS = methodParameters('StorageDomainDiskService.get', { follow: 'string' });
const MOVE_PARAMETERS = methodParameters('StorageDomainDiskService.move', { storageDomain: t.StorageDomain, async: 'boolean', filter: 'boolean' });
const REMOVE_PARAMETERS = methodParameters('StorageDomainDiskService.remove', {});
const SPARSIFY_PARAMETERS = methodParameters('StorageDomainDiskService.sparsify', {});
const REDUCE_PARAMETERS = methodParameters('StorageDomainDiskService.reduce', { async: 'boolean' });

/**
 * The `storage_domain_disk` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/disks/{disk_id}`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).disksService().diskService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk | reference: storage_domain_disk}
 */
export class StorageDomainDiskService extends Service {
  /**
   * The `copy` action: sends `POST /storagedomains/{storage_domain_id}/disks/{disk_id}/copy` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/copy | reference: storage_domain_disk.copy}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainDiskServiceCopyOptions}).
   * @deprecated The API model marks it deprecated.
   */
  copy(opts: StorageDomainDiskServiceCopyOptions = {}): Promise<void> {
    const refused = checkParameters(COPY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      disk: opts.disk,
      storageDomain: opts.storageDomain,
    };
    return this._action('copy', action, undefined, opts) as Promise<void>;
  }

  /**
   * Updates the `disk`: sends `PUT /storagedomains/{storage_domain_id}/disks/{disk_id}` with the `<disk>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/update | reference: storage_domain_disk.update}
   * @param disk The `disk` to send: `DiskInit` (a `Disk` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `disk` as the engine answers it.
   */
  update(disk: t.DiskInit, opts: RequestOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, disk);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(disk, 'disk', {}, opts) as Promise<t.Disk>;
  }

  /**
   * The `export` action: sends `POST /storagedomains/{storage_domain_id}/disks/{disk_id}/export` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/export | reference: storage_domain_disk.export}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainDiskServiceExportOptions}).
   */
  export(opts: StorageDomainDiskServiceExportOptions = {}): Promise<void> {
    const refused = checkParameters(EXPORT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      storageDomain: opts.storageDomain,
    };
    return this._action('export', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the `disk`: sends `GET /storagedomains/{storage_domain_id}/disks/{disk_id}` and reads the `<disk>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/get | reference: storage_domain_disk.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainDiskServiceGetOptions}).
   * @returns The `disk`: `Disk`.
   */
  get(opts: StorageDomainDiskServiceGetOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Disk>;
  }

  /**
   * The `move` action: sends `POST /storagedomains/{storage_domain_id}/disks/{disk_id}/move` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/move | reference: storage_domain_disk.move}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainDiskServiceMoveOptions}).
   */
  move(opts: StorageDomainDiskServiceMoveOptions = {}): Promise<void> {
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
   * Removes: sends `DELETE /storagedomains/{storage_domain_id}/disks/{disk_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/remove | reference: storage_domain_disk.remove}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._remove({}, opts);
  }

  /**
   * The `sparsify` action: sends `POST /storagedomains/{storage_domain_id}/disks/{disk_id}/sparsify` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/sparsify | reference: storage_domain_disk.sparsify}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @since API 4.1
   */
  sparsify(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(SPARSIFY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('sparsify', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `reduce` action: sends `POST /storagedomains/{storage_domain_id}/disks/{disk_id}/reduce` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_disk/methods/reduce | reference: storage_domain_disk.reduce}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainDiskServiceReduceOptions}).
   * @since API 4.2.5
   */
  reduce(opts: StorageDomainDiskServiceReduceOptions = {}): Promise<void> {
    const refused = checkParameters(REDUCE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('reduce', action, undefined, opts) as Promise<void>;
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
