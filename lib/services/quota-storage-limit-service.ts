// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link QuotaStorageLimitService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limit/methods/get | reference: quota_storage_limit.get}
 */
export interface QuotaStorageLimitServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/quotas/{quota_id}/quotastoragelimits/{limit_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limit/methods/get | reference: quota_storage_limit.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link QuotaStorageLimitService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limit/methods/remove | reference: quota_storage_limit.remove}
 */
export interface QuotaStorageLimitServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /datacenters/{data_center_id}/quotas/{quota_id}/quotastoragelimits/{limit_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limit/methods/remove | reference: quota_storage_limit.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('QuotaStorageLimitService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('QuotaStorageLimitService.remove', { async: 'boolean' });

/**
 * The `quota_storage_limit` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/quotas/{quota_id}/quotastoragelimits/{limit_id}`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).quotasService().quotaService(id).quotaStorageLimitsService().limitService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limit | reference: quota_storage_limit}
 */
export class QuotaStorageLimitService extends Service {
  /**
   * Retrieves the `quota_storage_limit`: sends `GET /datacenters/{data_center_id}/quotas/{quota_id}/quotastoragelimits/{limit_id}` and reads the `<quota_storage_limit>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limit/methods/get | reference: quota_storage_limit.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link QuotaStorageLimitServiceGetOptions}).
   * @returns The `limit`: `QuotaStorageLimit`.
   */
  get(opts: QuotaStorageLimitServiceGetOptions = {}): Promise<t.QuotaStorageLimit> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.QuotaStorageLimit>;
  }

  /**
   * Removes: sends `DELETE /datacenters/{data_center_id}/quotas/{quota_id}/quotastoragelimits/{limit_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limit/methods/remove | reference: quota_storage_limit.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link QuotaStorageLimitServiceRemoveOptions}).
   */
  remove(opts: QuotaStorageLimitServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
