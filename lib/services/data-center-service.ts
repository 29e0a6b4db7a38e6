// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { AttachedStorageDomainsService } from './attached-storage-domains-service';
import { ClustersService } from './clusters-service';
import { DataCenterNetworksService } from './data-center-networks-service';
import { IscsiBondsService } from './iscsi-bonds-service';
import { QossService } from './qoss-service';
import { QuotasService } from './quotas-service';

/** Options of {@link DataCenterService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface DataCenterServiceGetOptions extends RequestOptions {
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/get/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link DataCenterService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface DataCenterServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link DataCenterService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface DataCenterServiceRemoveOptions extends RequestOptions {
  /**
   * The `force` parameter (query parameter `force`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/remove/parameters/force}
   * @since API 4.0.4
   */
  force?: boolean;
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/remove/parameters/async} */
  async?: boolean;
}

/** Options of {@link DataCenterService.setMaster}: the method's parameters, plus extra `query` and `headers`. */
export interface DataCenterServiceSetMasterOptions extends RequestOptions {
  /**
   * The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/set_master/parameters/storage_domain}
   * @since API 4.4.4
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/set_master/parameters/async}
   * @since API 4.4.4
   */
  async?: boolean;
}

/** Options of {@link DataCenterService.cleanFinishedTasks}: the method's parameters, plus extra `query` and `headers`. */
export interface DataCenterServiceCleanFinishedTasksOptions extends RequestOptions {
  /**
   * The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/clean_finished_tasks/parameters/async}
   * @since API 4.4.4
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('DataCenterService.get', { filter: 'boolean', follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('DataCenterService.update', { async: 'boolean' }, ['dataCenter', t.DataCenter]);
const REMOVE_PARAMETERS = methodParameters('DataCenterService.remove', { force: 'boolean', async: 'boolean' });
const SET_MASTER_PARAMETERS = methodParameters('DataCenterService.setMaster', { storageDomain: t.StorageDomain, async: 'boolean' });
const CLEAN_FINISHED_TASKS_PARAMETERS = methodParameters('DataCenterService.cleanFinishedTasks', { async: 'boolean' });

/**
 * The `data_center` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center}
 */
export class DataCenterService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/get}
   * @returns The `data_center` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/get/parameters/data_center}
   */
  get(opts: DataCenterServiceGetOptions = {}): Promise<t.DataCenter> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.DataCenter>;
  }

  /**
   * Updates the object: `PUT` of `<data_center>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/update}
   * @param dataCenter The `data_center` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/update/parameters/data_center}
   */
  update(dataCenter: t.DataCenterInit, opts: DataCenterServiceUpdateOptions = {}): Promise<t.DataCenter> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, dataCenter);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(dataCenter, 'data_center', query, opts) as Promise<t.DataCenter>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/remove}
   * @since API 4.0.0
   */
  remove(opts: DataCenterServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      force: opts.force,
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * The `set_master` action: `POST` of an `<action>` to `.../setmaster`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/set_master}
   * @since API 4.4.4
   */
  setMaster(opts: DataCenterServiceSetMasterOptions = {}): Promise<void> {
    const refused = checkParameters(SET_MASTER_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      storageDomain: opts.storageDomain,
      async: opts.async,
    };
    return this._action('setmaster', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `clean_finished_tasks` action: `POST` of an `<action>` to `.../cleanfinishedtasks`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center/methods/clean_finished_tasks}
   * @since API 4.4.4
   */
  cleanFinishedTasks(opts: DataCenterServiceCleanFinishedTasksOptions = {}): Promise<void> {
    const refused = checkParameters(CLEAN_FINISHED_TASKS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('cleanfinishedtasks', action, undefined, opts) as Promise<void>;
  }

  /** Locates the `storage_domains` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domains}); sends no request. */
  storageDomainsService(): AttachedStorageDomainsService {
    return new AttachedStorageDomainsService(this.connection, `${this.path}/storagedomains`);
  }

  /** Locates the `clusters` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters}); sends no request. */
  clustersService(): ClustersService {
    return new ClustersService(this.connection, `${this.path}/clusters`);
  }

  /** Locates the `networks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center_networks}); sends no request. */
  networksService(): DataCenterNetworksService {
    return new DataCenterNetworksService(this.connection, `${this.path}/networks`);
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request. */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /** Locates the `quotas` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quotas}); sends no request. */
  quotasService(): QuotasService {
    return new QuotasService(this.connection, `${this.path}/quotas`);
  }

  /** Locates the `qoss` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/qoss}); sends no request. */
  qossService(): QossService {
    return new QossService(this.connection, `${this.path}/qoss`);
  }

  /** Locates the `iscsi_bonds` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bonds}); sends no request. */
  iscsiBondsService(): IscsiBondsService {
    return new IscsiBondsService(this.connection, `${this.path}/iscsibonds`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'storagedomains': return this.storageDomainsService().service(rest);
      case 'clusters': return this.clustersService().service(rest);
      case 'networks': return this.networksService().service(rest);
      case 'permissions': return this.permissionsService().service(rest);
      case 'quotas': return this.quotasService().service(rest);
      case 'qoss': return this.qossService().service(rest);
      case 'iscsibonds': return this.iscsiBondsService().service(rest);
    }
    return super.service(path);
  }
}
