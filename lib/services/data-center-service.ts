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

/**
 * Options of {@link DataCenterService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/get | reference: data_center.get}
 */
export interface DataCenterServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /datacenters/{data_center_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/get | reference: data_center.get}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/get | reference: data_center.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link DataCenterService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/update | reference: data_center.update}
 */
export interface DataCenterServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /datacenters/{data_center_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/update | reference: data_center.update}
   */
  async?: boolean;
}

/**
 * Options of {@link DataCenterService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/remove | reference: data_center.remove}
 */
export interface DataCenterServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `force` of `DELETE /datacenters/{data_center_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/remove | reference: data_center.remove}
   * @since API 4.0.4
   */
  force?: boolean;
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /datacenters/{data_center_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/remove | reference: data_center.remove}
   */
  async?: boolean;
}

/**
 * Options of {@link DataCenterService.setMaster}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/set_master | reference: data_center.set_master}
 */
export interface DataCenterServiceSetMasterOptions extends RequestOptions {
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /datacenters/{data_center_id}/setmaster`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/set_master | reference: data_center.set_master}
   * @since API 4.4.4
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /datacenters/{data_center_id}/setmaster`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/set_master | reference: data_center.set_master}
   * @since API 4.4.4
   */
  async?: boolean;
}

/**
 * Options of {@link DataCenterService.cleanFinishedTasks}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/clean_finished_tasks | reference: data_center.clean_finished_tasks}
 */
export interface DataCenterServiceCleanFinishedTasksOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /datacenters/{data_center_id}/cleanfinishedtasks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/clean_finished_tasks | reference: data_center.clean_finished_tasks}
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
 * The `data_center` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center | reference: data_center}
 */
export class DataCenterService extends Service {
  /**
   * Retrieves the `data_center`: sends `GET /datacenters/{data_center_id}` and reads the `<data_center>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/get | reference: data_center.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DataCenterServiceGetOptions}).
   * @returns The `data_center`: `DataCenter`.
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
   * Updates the `data_center`: sends `PUT /datacenters/{data_center_id}` with the `<data_center>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `dataCenter.comment`, `dataCenter.description`, `dataCenter.local`, `dataCenter.macPool.id`, `dataCenter.name`, `dataCenter.storageFormat`, `dataCenter.version.major`, `dataCenter.version.minor`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/update | reference: data_center.update}
   * @param dataCenter The `data_center` to send: `DataCenterInit` (a `DataCenter` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DataCenterServiceUpdateOptions}).
   * @returns The `data_center` as the engine answers it.
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
   * Removes: sends `DELETE /datacenters/{data_center_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/remove | reference: data_center.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DataCenterServiceRemoveOptions}).
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
   * The `set_master` action: sends `POST /datacenters/{data_center_id}/setmaster` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/set_master | reference: data_center.set_master}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DataCenterServiceSetMasterOptions}).
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
   * The `clean_finished_tasks` action: sends `POST /datacenters/{data_center_id}/cleanfinishedtasks` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center/methods/clean_finished_tasks | reference: data_center.clean_finished_tasks}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DataCenterServiceCleanFinishedTasksOptions}).
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

  /**
   * Locates the `attached_storage_domains` service at `storagedomains` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domains | reference: attached_storage_domains}
   */
  storageDomainsService(): AttachedStorageDomainsService {
    return new AttachedStorageDomainsService(this.connection, `${this.path}/storagedomains`);
  }

  /**
   * Locates the `clusters` service at `clusters` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/clusters | reference: clusters}
   */
  clustersService(): ClustersService {
    return new ClustersService(this.connection, `${this.path}/clusters`);
  }

  /**
   * Locates the `data_center_networks` service at `networks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center_networks | reference: data_center_networks}
   */
  networksService(): DataCenterNetworksService {
    return new DataCenterNetworksService(this.connection, `${this.path}/networks`);
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
   * Locates the `quotas` service at `quotas` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quotas | reference: quotas}
   */
  quotasService(): QuotasService {
    return new QuotasService(this.connection, `${this.path}/quotas`);
  }

  /**
   * Locates the `qoss` service at `qoss` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/qoss | reference: qoss}
   */
  qossService(): QossService {
    return new QossService(this.connection, `${this.path}/qoss`);
  }

  /**
   * Locates the `iscsi_bonds` service at `iscsibonds` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bonds | reference: iscsi_bonds}
   */
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
