// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { QuotaClusterLimitsService } from './quota-cluster-limits-service';
import { QuotaStorageLimitsService } from './quota-storage-limits-service';

/** Options of {@link QuotaService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface QuotaServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link QuotaService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface QuotaServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link QuotaService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface QuotaServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('QuotaService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('QuotaService.update', { async: 'boolean' }, ['quota', t.Quota]);
const REMOVE_PARAMETERS = methodParameters('QuotaService.remove', { async: 'boolean' });

/**
 * The `quota` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota}
 */
export class QuotaService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota/methods/get}
   * @returns The `quota` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota/methods/get/parameters/quota}
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
   * Updates the object: `PUT` of `<quota>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota/methods/update}
   * @param quota The `quota` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota/methods/update/parameters/quota}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota/methods/remove}
   */
  remove(opts: QuotaServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `quota_storage_limits` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_storage_limits}); sends no request. */
  quotaStorageLimitsService(): QuotaStorageLimitsService {
    return new QuotaStorageLimitsService(this.connection, `${this.path}/quotastoragelimits`);
  }

  /** Locates the `quota_cluster_limits` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_cluster_limits}); sends no request. */
  quotaClusterLimitsService(): QuotaClusterLimitsService {
    return new QuotaClusterLimitsService(this.connection, `${this.path}/quotaclusterlimits`);
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
      case 'quotastoragelimits': return this.quotaStorageLimitsService().service(rest);
      case 'quotaclusterlimits': return this.quotaClusterLimitsService().service(rest);
      case 'permissions': return this.permissionsService().service(rest);
    }
    return super.service(path);
  }
}
