// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { PermissionService } from './permission-service';

/**
 * Options of {@link SystemPermissionsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/list | reference: system_permissions.list}
 */
export interface SystemPermissionsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /permissions`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/list | reference: system_permissions.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_USER_LEVEL_PARAMETERS = methodParameters('SystemPermissionsService.addUserLevel', {}, ['permission', t.Permission]);
const ADD_GROUP_LEVEL_PARAMETERS = methodParameters('SystemPermissionsService.addGroupLevel', {}, ['permission', t.Permission]);
const ADD_DATA_CENTER_PERMISSION_PARAMETERS = methodParameters('SystemPermissionsService.addDataCenterPermission', {}, ['permission', t.Permission]);
const ADD_CLUSTER_PERMISSION_PARAMETERS = methodParameters('SystemPermissionsService.addClusterPermission', {}, ['permission', t.Permission]);
const ADD_HOST_PERMISSION_PARAMETERS = methodParameters('SystemPermissionsService.addHostPermission', {}, ['permission', t.Permission]);
const ADD_STORAGE_DOMAIN_PERMISSION_PARAMETERS = methodParameters('SystemPermissionsService.addStorageDomainPermission', {}, ['permission', t.Permission]);
const ADD_VM_PERMISSION_PARAMETERS = methodParameters('SystemPermissionsService.addVmPermission', {}, ['permission', t.Permission]);
const ADD_VM_POOL_PERMISSION_PARAMETERS = methodParameters('SystemPermissionsService.addVmPoolPermission', {}, ['permission', t.Permission]);
const ADD_TEMPLATE_PERMISSION_PARAMETERS = methodParameters('SystemPermissionsService.addTemplatePermission', {}, ['permission', t.Permission]);
const ADD_PARAMETERS = methodParameters('SystemPermissionsService.add', {}, ['permission', t.Permission]);
const LIST_PARAMETERS = methodParameters('SystemPermissionsService.list', { follow: 'string' });

/**
 * The `system_permissions` service of the API.
 *
 * Path below the API root: `/permissions`.
 * Reached with `connection.systemService().permissionsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions | reference: system_permissions}
 */
export class SystemPermissionsService extends Service {
  /**
   * Adds a `permission`: sends `POST /permissions` with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/add | reference: system_permissions.add}
   * @param permission The `permission` to send: `PermissionInit` (a `Permission` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `permission` as the engine answers it.
   */
  addUserLevel(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_USER_LEVEL_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds a `permission`: sends `POST /permissions` with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/add | reference: system_permissions.add}
   * @param permission The `permission` to send: `PermissionInit` (a `Permission` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `permission` as the engine answers it.
   */
  addGroupLevel(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_GROUP_LEVEL_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds a `permission`: sends `POST /permissions` with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/add | reference: system_permissions.add}
   * @param permission The `permission` to send: `PermissionInit` (a `Permission` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `permission` as the engine answers it.
   */
  addDataCenterPermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_DATA_CENTER_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds a `permission`: sends `POST /permissions` with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/add | reference: system_permissions.add}
   * @param permission The `permission` to send: `PermissionInit` (a `Permission` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `permission` as the engine answers it.
   */
  addClusterPermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_CLUSTER_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds a `permission`: sends `POST /permissions` with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/add | reference: system_permissions.add}
   * @param permission The `permission` to send: `PermissionInit` (a `Permission` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `permission` as the engine answers it.
   */
  addHostPermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_HOST_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds a `permission`: sends `POST /permissions` with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/add | reference: system_permissions.add}
   * @param permission The `permission` to send: `PermissionInit` (a `Permission` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `permission` as the engine answers it.
   */
  addStorageDomainPermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_STORAGE_DOMAIN_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds a `permission`: sends `POST /permissions` with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/add | reference: system_permissions.add}
   * @param permission The `permission` to send: `PermissionInit` (a `Permission` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `permission` as the engine answers it.
   */
  addVmPermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_VM_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds a `permission`: sends `POST /permissions` with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/add | reference: system_permissions.add}
   * @param permission The `permission` to send: `PermissionInit` (a `Permission` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `permission` as the engine answers it.
   */
  addVmPoolPermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_VM_POOL_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds a `permission`: sends `POST /permissions` with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/add | reference: system_permissions.add}
   * @param permission The `permission` to send: `PermissionInit` (a `Permission` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `permission` as the engine answers it.
   */
  addTemplatePermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_TEMPLATE_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds a `permission`: sends `POST /permissions` with it as the `<permission>` body, and reads the object the engine answers.
   *
   * Its signatures send the same request for particular cases: `addUserLevel`, `addGroupLevel`, `addDataCenterPermission`, `addClusterPermission`, `addHostPermission`, `addStorageDomainPermission`, `addVmPermission`, `addVmPoolPermission`, `addTemplatePermission`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/add | reference: system_permissions.add}
   * @param permission The `permission` to send: `PermissionInit` (a `Permission` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `permission` as the engine answers it.
   */
  add(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Lists the `permission` objects: sends `GET /permissions` and reads the `<permissions>` the engine answers, one item per `<permission>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/list | reference: system_permissions.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SystemPermissionsServiceListOptions}).
   * @returns The `permissions`: a list of `Permission`.
   */
  list(opts: SystemPermissionsServiceListOptions = {}): Promise<List<t.Permission>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Permission>>;
  }

  /**
   * Like {@link SystemPermissionsService.list} (it sends `GET /permissions` with the same options), but yields
   * each `permission` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions/methods/list | reference: system_permissions.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: SystemPermissionsServiceListOptions = {}): AsyncGenerator<t.Permission, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'SystemPermissionsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Permission, void, undefined>;
  }

  /**
   * Locates the `permission` service at `{permission_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/permission | reference: permission}
   */
  permissionService(id: string | number): PermissionService {
    return new PermissionService(this.connection, `${this.path}/${idSegment(id, 'SystemPermissionsService.permissionService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.permissionService(decodeURIComponent(head)).service(rest);
  }
}
