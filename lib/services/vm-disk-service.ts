// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { StatisticsService } from './statistics-service';

/**
 * Options of {@link VmDiskService.activate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/activate | reference: vm_disk.activate}
 */
export interface VmDiskServiceActivateOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/activate | reference: vm_disk.activate}
   */
  async?: boolean;
}

/**
 * Options of {@link VmDiskService.deactivate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/deactivate | reference: vm_disk.deactivate}
 */
export interface VmDiskServiceDeactivateOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/deactivate | reference: vm_disk.deactivate}
   */
  async?: boolean;
}

/**
 * Options of {@link VmDiskService.export}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/export | reference: vm_disk.export}
 */
export interface VmDiskServiceExportOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/export | reference: vm_disk.export}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<filter>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/export | reference: vm_disk.export}
   */
  filter?: boolean;
}

/**
 * Options of {@link VmDiskService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/get | reference: vm_disk.get}
 */
export interface VmDiskServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/get | reference: vm_disk.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link VmDiskService.move}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/move | reference: vm_disk.move}
 */
export interface VmDiskServiceMoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/move | reference: vm_disk.move}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<filter>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/move | reference: vm_disk.move}
   */
  filter?: boolean;
}

/**
 * Options of {@link VmDiskService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/update | reference: vm_disk.update}
 */
export interface VmDiskServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/update | reference: vm_disk.update}
   */
  async?: boolean;
}

/**
 * Options of {@link VmDiskService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/remove | reference: vm_disk.remove}
 */
export interface VmDiskServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/remove | reference: vm_disk.remove}
   */
  async?: boolean;
}

/**
 * Options of {@link VmDiskService.reduce}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/reduce | reference: vm_disk.reduce}
 */
export interface VmDiskServiceReduceOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/reduce | reference: vm_disk.reduce}
   */
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
 * The `vm_disk` service of the API.
 *
 * No locator of the API leads to it: it has no path below the API root.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk | reference: vm_disk}
 */
export class VmDiskService extends Service {
  /**
   * The `activate` action: sends `POST` to the service with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/activate | reference: vm_disk.activate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmDiskServiceActivateOptions}).
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
   * The `deactivate` action: sends `POST` to the service with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/deactivate | reference: vm_disk.deactivate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmDiskServiceDeactivateOptions}).
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
   * The `export` action: sends `POST` to the service with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/export | reference: vm_disk.export}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmDiskServiceExportOptions}).
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
   * Retrieves the `disk`: sends `GET` to the service and reads the `<disk>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/get | reference: vm_disk.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmDiskServiceGetOptions}).
   * @returns The `disk`: `Disk`.
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
   * The `move` action: sends `POST` to the service with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/move | reference: vm_disk.move}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmDiskServiceMoveOptions}).
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
   * Updates the `disk`: sends `PUT` to the service with the `<disk>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/update | reference: vm_disk.update}
   * @param disk The `disk` to send: `DiskInit` (a `Disk` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmDiskServiceUpdateOptions}).
   * @returns The `disk` as the engine answers it.
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
   * Removes: sends `DELETE` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/remove | reference: vm_disk.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmDiskServiceRemoveOptions}).
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
   * The `reduce` action: sends `POST` to the service with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_disk/methods/reduce | reference: vm_disk.reduce}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmDiskServiceReduceOptions}).
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
