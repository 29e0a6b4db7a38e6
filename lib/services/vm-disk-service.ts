// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { StatisticsService } from './statistics-service';

/** Options of {@link VmDiskService.activate}: the method's parameters, plus extra `query` and `headers`. */
export interface VmDiskServiceActivateOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/activate/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmDiskService.deactivate}: the method's parameters, plus extra `query` and `headers`. */
export interface VmDiskServiceDeactivateOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/deactivate/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmDiskService.export}: the method's parameters, plus extra `query` and `headers`. */
export interface VmDiskServiceExportOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/export/parameters/async} */
  async?: boolean;
  /** The `filter` parameter (`<filter>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/export/parameters/filter} */
  filter?: boolean;
}

/** Options of {@link VmDiskService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface VmDiskServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link VmDiskService.move}: the method's parameters, plus extra `query` and `headers`. */
export interface VmDiskServiceMoveOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/move/parameters/async} */
  async?: boolean;
  /** The `filter` parameter (`<filter>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/move/parameters/filter} */
  filter?: boolean;
}

/** Options of {@link VmDiskService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface VmDiskServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmDiskService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface VmDiskServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/remove/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmDiskService.reduce}: the method's parameters, plus extra `query` and `headers`. */
export interface VmDiskServiceReduceOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/reduce/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ACTIVATE_PARAMETERS = methodParameters('VmDiskService.activate', { async: 'boolean' });
const DEACTIVATE_PARAMETERS = methodParameters('VmDiskService.deactivate', { async: 'boolean' });
const EXPORT_PARAMETERS = methodParameters('VmDiskService.export', { async: 'boolean', filter: 'boolean' });
const GET_PARAMETERS = methodParameters('VmDiskService.get', { follow: 'string' });
const MOVE_PARAMETERS = methodParameters('VmDiskService.move', { async: 'boolean', filter: 'boolean' });
const UPDATE_PARAMETERS = methodParameters('VmDiskService.update', { async: 'boolean' }, ['disk', t.Disk]);
const REMOVE_PARAMETERS = methodParameters('VmDiskService.remove', { async: 'boolean' });
const REDUCE_PARAMETERS = methodParameters('VmDiskService.reduce', { async: 'boolean' });

/**
 * The `vm_disk` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk}
 */
export class VmDiskService extends Service {
  /**
   * The `activate` action: `POST` of an `<action>` to `.../activate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/activate}
   */
  activate(opts: VmDiskServiceActivateOptions = {}): Promise<void> {
    const refused = checkParameters(ACTIVATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('activate', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `deactivate` action: `POST` of an `<action>` to `.../deactivate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/deactivate}
   */
  deactivate(opts: VmDiskServiceDeactivateOptions = {}): Promise<void> {
    const refused = checkParameters(DEACTIVATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('deactivate', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `export` action: `POST` of an `<action>` to `.../export`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/export}
   */
  export(opts: VmDiskServiceExportOptions = {}): Promise<void> {
    const refused = checkParameters(EXPORT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
      filter: opts.filter,
    };
    return this._action('export', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/get}
   * @returns The `disk` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/get/parameters/disk}
   */
  get(opts: VmDiskServiceGetOptions = {}): Promise<t.Disk> {
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
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/move}
   */
  move(opts: VmDiskServiceMoveOptions = {}): Promise<void> {
    const refused = checkParameters(MOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
      filter: opts.filter,
    };
    return this._action('move', action, undefined, opts) as Promise<void>;
  }

  /**
   * Updates the object: `PUT` of `<disk>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/update}
   * @param disk The `disk` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/update/parameters/disk}
   */
  update(disk: t.DiskInit, opts: VmDiskServiceUpdateOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, disk);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(disk, 'disk', query, opts) as Promise<t.Disk>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/remove}
   */
  remove(opts: VmDiskServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * The `reduce` action: `POST` of an `<action>` to `.../reduce`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_disk/methods/reduce}
   * @since API 4.2.5
   */
  reduce(opts: VmDiskServiceReduceOptions = {}): Promise<void> {
    const refused = checkParameters(REDUCE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('reduce', action, undefined, opts) as Promise<void>;
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
