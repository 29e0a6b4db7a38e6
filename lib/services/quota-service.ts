// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { QuotaClusterLimitsService } from './quota-cluster-limits-service';
import { QuotaStorageLimitsService } from './quota-storage-limits-service';

/**
 * Options of {@link QuotaService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota/methods/get | reference: quota.get}
 */
export interface QuotaServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/quotas/{quota_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota/methods/get | reference: quota.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link QuotaService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota/methods/update | reference: quota.update}
 */
export interface QuotaServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /datacenters/{data_center_id}/quotas/{quota_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota/methods/update | reference: quota.update}
   */
  async?: boolean;
}

/**
 * Options of {@link QuotaService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota/methods/remove | reference: quota.remove}
 */
export interface QuotaServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /datacenters/{data_center_id}/quotas/{quota_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota/methods/remove | reference: quota.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('QuotaService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('QuotaService.update', { async: 'boolean' }, ['quota', t.Quota]);
const REMOVE_PARAMETERS = methodParameters('QuotaService.remove', { async: 'boolean' });

/**
 * The `quota` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/quotas/{quota_id}`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).quotasService().quotaService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota | reference: quota}
 */
export class QuotaService extends Service {
  /**
   * Retrieves the `quota`: sends `GET /datacenters/{data_center_id}/quotas/{quota_id}` and reads the `<quota>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota/methods/get | reference: quota.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link QuotaServiceGetOptions}).
   * @returns The `quota`: `Quota`.
   */
  get(opts: QuotaServiceGetOptions = {}): Promise<t.Quota> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Quota>;
  }

  /**
   * Updates the `quota`: sends `PUT /datacenters/{data_center_id}/quotas/{quota_id}` with the `<quota>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `quota.clusterHardLimitPct`, `quota.clusterSoftLimitPct`, `quota.description`, `quota.name`, `quota.storageHardLimitPct`, `quota.storageSoftLimitPct`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota/methods/update | reference: quota.update}
   * @param quota The `quota` to send: `QuotaInit` (a `Quota` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link QuotaServiceUpdateOptions}).
   * @returns The `quota` as the engine answers it.
   */
  update(quota: t.QuotaInit, opts: QuotaServiceUpdateOptions = {}): Promise<t.Quota> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, quota);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(quota, 'quota', query, opts) as Promise<t.Quota>;
  }

  /**
   * Removes: sends `DELETE /datacenters/{data_center_id}/quotas/{quota_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota/methods/remove | reference: quota.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link QuotaServiceRemoveOptions}).
   */
  remove(opts: QuotaServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `quota_storage_limits` service at `quotastoragelimits` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limits | reference: quota_storage_limits}
   */
  quotaStorageLimitsService(): QuotaStorageLimitsService {
    return new QuotaStorageLimitsService(this.connection, `${this.path}/quotastoragelimits`);
  }

  /**
   * Locates the `quota_cluster_limits` service at `quotaclusterlimits` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_cluster_limits | reference: quota_cluster_limits}
   */
  quotaClusterLimitsService(): QuotaClusterLimitsService {
    return new QuotaClusterLimitsService(this.connection, `${this.path}/quotaclusterlimits`);
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
      case 'quotastoragelimits': return this.quotaStorageLimitsService().service(rest);
      case 'quotaclusterlimits': return this.quotaClusterLimitsService().service(rest);
      case 'permissions': return this.permissionsService().service(rest);
    }
    return super.service(path);
  }
}
