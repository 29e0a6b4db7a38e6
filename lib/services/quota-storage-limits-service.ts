// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { QuotaStorageLimitService } from './quota-storage-limit-service';

/**
 * Options of {@link QuotaStorageLimitsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limits/methods/list | reference: quota_storage_limits.list}
 */
export interface QuotaStorageLimitsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /datacenters/{data_center_id}/quotas/{quota_id}/quotastoragelimits`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limits/methods/list | reference: quota_storage_limits.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/quotas/{quota_id}/quotastoragelimits`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limits/methods/list | reference: quota_storage_limits.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('QuotaStorageLimitsService.add', {}, ['quotaStorageLimit', t.QuotaStorageLimit]);
const LIST_PARAMETERS = methodParameters('QuotaStorageLimitsService.list', { max: 'integer', follow: 'string' });

/**
 * The `quota_storage_limits` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/quotas/{quota_id}/quotastoragelimits`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).quotasService().quotaService(id).quotaStorageLimitsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limits | reference: quota_storage_limits}
 */
export class QuotaStorageLimitsService extends Service {
  /**
   * Adds a `quota_storage_limit`: sends `POST /datacenters/{data_center_id}/quotas/{quota_id}/quotastoragelimits` with it as the `<quota_storage_limit>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limits/methods/add | reference: quota_storage_limits.add}
   * @param limit The `limit` to send: `QuotaStorageLimitInit` (a `QuotaStorageLimit` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `quota_storage_limit` as the engine answers it.
   */
  add(limit: t.QuotaStorageLimitInit, opts: RequestOptions = {}): Promise<t.QuotaStorageLimit> {
    const refused = checkParameters(ADD_PARAMETERS, opts, limit);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(limit, 'quota_storage_limit', {}, opts) as Promise<t.QuotaStorageLimit>;
  }

  /**
   * Lists the `quota_storage_limit` objects: sends `GET /datacenters/{data_center_id}/quotas/{quota_id}/quotastoragelimits` and reads the `<quota_storage_limits>` the engine answers, one item per `<quota_storage_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limits/methods/list | reference: quota_storage_limits.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link QuotaStorageLimitsServiceListOptions}).
   * @returns The `limits`: a list of `QuotaStorageLimit`.
   */
  list(opts: QuotaStorageLimitsServiceListOptions = {}): Promise<List<t.QuotaStorageLimit>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.QuotaStorageLimit>>;
  }

  /**
   * Like {@link QuotaStorageLimitsService.list} (it sends `GET /datacenters/{data_center_id}/quotas/{quota_id}/quotastoragelimits` with the same options), but yields
   * each `quota_storage_limit` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limits/methods/list | reference: quota_storage_limits.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: QuotaStorageLimitsServiceListOptions = {}): AsyncGenerator<t.QuotaStorageLimit, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'QuotaStorageLimitsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.QuotaStorageLimit, void, undefined>;
  }

  /**
   * Locates the `quota_storage_limit` service at `{limit_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_storage_limit | reference: quota_storage_limit}
   */
  limitService(id: string | number): QuotaStorageLimitService {
    return new QuotaStorageLimitService(this.connection, `${this.path}/${idSegment(id, 'QuotaStorageLimitsService.limitService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.limitService(decodeURIComponent(head)).service(rest);
  }
}
