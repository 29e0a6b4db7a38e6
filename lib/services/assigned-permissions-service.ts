// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { PermissionService } from './permission-service';

/** Options of {@link AssignedPermissionsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface AssignedPermissionsServiceListOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/list/parameters/follow}
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
 * The `assigned_permissions` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}
 */
export class AssignedPermissionsService extends Service {
  /**
   * Adds an object: `POST` of `<permission>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_user_level}
   * @param permission The `permission` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_user_level/parameters/permission}
   */
  addUserLevel(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_USER_LEVEL_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds an object: `POST` of `<permission>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_group_level}
   * @param permission The `permission` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_group_level/parameters/permission}
   */
  addGroupLevel(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_GROUP_LEVEL_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds an object: `POST` of `<permission>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_data_center_permission}
   * @param permission The `permission` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_data_center_permission/parameters/permission}
   */
  addDataCenterPermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_DATA_CENTER_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds an object: `POST` of `<permission>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_cluster_permission}
   * @param permission The `permission` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_cluster_permission/parameters/permission}
   */
  addClusterPermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_CLUSTER_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds an object: `POST` of `<permission>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_host_permission}
   * @param permission The `permission` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_host_permission/parameters/permission}
   */
  addHostPermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_HOST_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds an object: `POST` of `<permission>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_storage_domain_permission}
   * @param permission The `permission` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_storage_domain_permission/parameters/permission}
   */
  addStorageDomainPermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_STORAGE_DOMAIN_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds an object: `POST` of `<permission>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_vm_permission}
   * @param permission The `permission` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_vm_permission/parameters/permission}
   */
  addVmPermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_VM_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds an object: `POST` of `<permission>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_vm_pool_permission}
   * @param permission The `permission` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_vm_pool_permission/parameters/permission}
   */
  addVmPoolPermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_VM_POOL_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds an object: `POST` of `<permission>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_template_permission}
   * @param permission The `permission` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add_template_permission/parameters/permission}
   */
  addTemplatePermission(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_TEMPLATE_PERMISSION_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Adds an object: `POST` of `<permission>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add}
   * @param permission The `permission` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/add/parameters/permission}
   */
  add(permission: t.PermissionInit, opts: RequestOptions = {}): Promise<t.Permission> {
    const refused = checkParameters(ADD_PARAMETERS, opts, permission);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(permission, 'permission', {}, opts) as Promise<t.Permission>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/list}
   * @returns The `permissions` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/list/parameters/permissions}
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
   * Like {@link AssignedPermissionsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions/methods/list}
   */
  listStream(opts: AssignedPermissionsServiceListOptions = {}): AsyncGenerator<t.Permission, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AssignedPermissionsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Permission, void, undefined>;
  }

  /** Locates the `permission` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/permission}); sends no request. */
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
