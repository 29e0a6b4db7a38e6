// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { PermissionService } from './permission-service';

/**
 * Options of {@link AssignedPermissionsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/list | reference: assigned_permissions.list}
 */
export interface AssignedPermissionsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/list | reference: assigned_permissions.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_USER_LEVEL_PARAMETERS = methodParameters('AssignedPermissionsService.addUserLevel', {}, ['permission', t.Permission]);
const ADD_GROUP_LEVEL_PARAMETERS = methodParameters('AssignedPermissionsService.addGroupLevel', {}, ['permission', t.Permission]);
const ADD_DATA_CENTER_PERMISSION_PARAMETERS = methodParameters('AssignedPermissionsService.addDataCenterPermission', {}, ['permission', t.Permission]);
const ADD_CLUSTER_PERMISSION_PARAMETERS = methodParameters('AssignedPermissionsService.addClusterPermission', {}, ['permission', t.Permission]);
const ADD_HOST_PERMISSION_PARAMETERS = methodParameters('AssignedPermissionsService.addHostPermission', {}, ['permission', t.Permission]);
const ADD_STORAGE_DOMAIN_PERMISSION_PARAMETERS = methodParameters('AssignedPermissionsService.addStorageDomainPermission', {}, ['permission', t.Permission]);
const ADD_VM_PERMISSION_PARAMETERS = methodParameters('AssignedPermissionsService.addVmPermission', {}, ['permission', t.Permission]);
const ADD_VM_POOL_PERMISSION_PARAMETERS = methodParameters('AssignedPermissionsService.addVmPoolPermission', {}, ['permission', t.Permission]);
const ADD_TEMPLATE_PERMISSION_PARAMETERS = methodParameters('AssignedPermissionsService.addTemplatePermission', {}, ['permission', t.Permission]);
const ADD_PARAMETERS = methodParameters('AssignedPermissionsService.add', {}, ['permission', t.Permission]);
const LIST_PARAMETERS = methodParameters('AssignedPermissionsService.list', { follow: 'string' });

/**
 * The `assigned_permissions` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/permissions` (and 21 others, such as `/cpuprofiles/{profile_id}/permissions`).
 * Reached with `connection.systemService().clustersService().clusterService(id).permissionsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions | reference: assigned_permissions}
 */
export class AssignedPermissionsService extends Service {
  /**
   * Adds a `permission`: sends `POST /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths) with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `permission.user` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `permission.role.id` or `permission.role.name`
   * - `permission.user.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/add | reference: assigned_permissions.add}
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
   * Adds a `permission`: sends `POST /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths) with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `permission.group` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `permission.role.id` or `permission.role.name`
   * - `permission.group.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/add | reference: assigned_permissions.add}
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
   * Adds a `permission`: sends `POST /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths) with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `permission.dataCenter` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `permission.role.id` or `permission.role.name`
   * - `permission.dataCenter.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/add | reference: assigned_permissions.add}
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
   * Adds a `permission`: sends `POST /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths) with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `permission.cluster` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `permission.role.id` or `permission.role.name`
   * - `permission.cluster.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/add | reference: assigned_permissions.add}
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
   * Adds a `permission`: sends `POST /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths) with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `permission.host` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `permission.role.id` or `permission.role.name`
   * - `permission.host.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/add | reference: assigned_permissions.add}
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
   * Adds a `permission`: sends `POST /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths) with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `permission.storageDomain` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `permission.role.id` or `permission.role.name`
   * - `permission.storageDomain.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/add | reference: assigned_permissions.add}
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
   * Adds a `permission`: sends `POST /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths) with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `permission.vm` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `permission.role.id` or `permission.role.name`
   * - `permission.vm.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/add | reference: assigned_permissions.add}
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
   * Adds a `permission`: sends `POST /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths) with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `permission.vmPool` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `permission.role.id` or `permission.role.name`
   * - `permission.vmPool.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/add | reference: assigned_permissions.add}
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
   * Adds a `permission`: sends `POST /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths) with it as the `<permission>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `permission.template` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `permission.role.id` or `permission.role.name`
   * - `permission.template.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/add | reference: assigned_permissions.add}
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
   * Adds a `permission`: sends `POST /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths) with it as the `<permission>` body, and reads the object the engine answers.
   *
   * Its signatures send the same request for particular cases: `addUserLevel` (when `permission.user` is given), `addGroupLevel` (when `permission.group` is given), `addDataCenterPermission` (when `permission.dataCenter` is given), `addClusterPermission` (when `permission.cluster` is given), `addHostPermission` (when `permission.host` is given), `addStorageDomainPermission` (when `permission.storageDomain` is given), `addVmPermission` (when `permission.vm` is given), `addVmPoolPermission` (when `permission.vmPool` is given), `addTemplatePermission` (when `permission.template` is given).
   *
   * Needs (the engine refuses the request without them):
   * - `permission.role.id` or `permission.role.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/add | reference: assigned_permissions.add}
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
   * Lists the `permission` objects: sends `GET /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths) and reads the `<permissions>` the engine answers, one item per `<permission>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/list | reference: assigned_permissions.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedPermissionsServiceListOptions}).
   * @returns The `permissions`: a list of `Permission`.
   */
  list(opts: AssignedPermissionsServiceListOptions = {}): Promise<List<t.Permission>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Permission>>;
  }

  /**
   * Like {@link AssignedPermissionsService.list} (it sends `GET /clusters/{cluster_id}/permissions` (or the same below any other of the service's 22 paths) with the same options), but yields
   * each `permission` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions/methods/list | reference: assigned_permissions.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: AssignedPermissionsServiceListOptions = {}): AsyncGenerator<t.Permission, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AssignedPermissionsService.listStream');
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
    return new PermissionService(this.connection, `${this.path}/${idSegment(id, 'AssignedPermissionsService.permissionService')}`);
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
