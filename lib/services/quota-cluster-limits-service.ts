// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { QuotaClusterLimitService } from './quota-cluster-limit-service';

/**
 * Options of {@link QuotaClusterLimitsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_cluster_limits/methods/list | reference: quota_cluster_limits.list}
 */
export interface QuotaClusterLimitsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /datacenters/{data_center_id}/quotas/{quota_id}/quotaclusterlimits`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_cluster_limits/methods/list | reference: quota_cluster_limits.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/quotas/{quota_id}/quotaclusterlimits`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_cluster_limits/methods/list | reference: quota_cluster_limits.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('QuotaClusterLimitsService.add', {}, ['quotaClusterLimit', t.QuotaClusterLimit]);
const LIST_PARAMETERS = methodParameters('QuotaClusterLimitsService.list', { max: 'integer', follow: 'string' });

/**
 * The `quota_cluster_limits` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/quotas/{quota_id}/quotaclusterlimits`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).quotasService().quotaService(id).quotaClusterLimitsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_cluster_limits | reference: quota_cluster_limits}
 */
export class QuotaClusterLimitsService extends Service {
  /**
   * Adds a `quota_cluster_limit`: sends `POST /datacenters/{data_center_id}/quotas/{quota_id}/quotaclusterlimits` with it as the `<quota_cluster_limit>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_cluster_limits/methods/add | reference: quota_cluster_limits.add}
   * @param limit The `limit` to send: `QuotaClusterLimitInit` (a `QuotaClusterLimit` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `quota_cluster_limit` as the engine answers it.
   */
  add(limit: t.QuotaClusterLimitInit, opts: RequestOptions = {}): Promise<t.QuotaClusterLimit> {
    const refused = checkParameters(ADD_PARAMETERS, opts, limit);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(limit, 'quota_cluster_limit', {}, opts) as Promise<t.QuotaClusterLimit>;
  }

  /**
   * Lists the `quota_cluster_limit` objects: sends `GET /datacenters/{data_center_id}/quotas/{quota_id}/quotaclusterlimits` and reads the `<quota_cluster_limits>` the engine answers, one item per `<quota_cluster_limit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_cluster_limits/methods/list | reference: quota_cluster_limits.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link QuotaClusterLimitsServiceListOptions}).
   * @returns The `limits`: a list of `QuotaClusterLimit`.
   */
  list(opts: QuotaClusterLimitsServiceListOptions = {}): Promise<List<t.QuotaClusterLimit>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.QuotaClusterLimit>>;
  }

  /**
   * Like {@link QuotaClusterLimitsService.list} (it sends `GET /datacenters/{data_center_id}/quotas/{quota_id}/quotaclusterlimits` with the same options), but yields
   * each `quota_cluster_limit` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_cluster_limits/methods/list | reference: quota_cluster_limits.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: QuotaClusterLimitsServiceListOptions = {}): AsyncGenerator<t.QuotaClusterLimit, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'QuotaClusterLimitsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.QuotaClusterLimit, void, undefined>;
  }

  /**
   * Locates the `quota_cluster_limit` service at `{limit_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota_cluster_limit | reference: quota_cluster_limit}
   */
  limitService(id: string | number): QuotaClusterLimitService {
    return new QuotaClusterLimitService(this.connection, `${this.path}/${idSegment(id, 'QuotaClusterLimitsService.limitService')}`);
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
