// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { QuotaService } from './quota-service';

/**
 * Options of {@link QuotasService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quotas/methods/list | reference: quotas.list}
 */
export interface QuotasServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /datacenters/{data_center_id}/quotas`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quotas/methods/list | reference: quotas.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/quotas`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quotas/methods/list | reference: quotas.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('QuotasService.add', {}, ['quota', t.Quota]);
const LIST_PARAMETERS = methodParameters('QuotasService.list', { max: 'integer', follow: 'string' });

/**
 * The `quotas` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/quotas`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).quotasService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quotas | reference: quotas}
 */
export class QuotasService extends Service {
  /**
   * Adds a `quota`: sends `POST /datacenters/{data_center_id}/quotas` with it as the `<quota>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `quota.name`
   *
   * Also accepts: `quota.clusterHardLimitPct`, `quota.clusterSoftLimitPct`, `quota.description`, `quota.storageHardLimitPct`, `quota.storageSoftLimitPct`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quotas/methods/add | reference: quotas.add}
   * @param quota The `quota` to send: `QuotaInit` (a `Quota` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `quota` as the engine answers it.
   */
  add(quota: t.QuotaInit, opts: RequestOptions = {}): Promise<t.Quota> {
    const refused = checkParameters(ADD_PARAMETERS, opts, quota);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(quota, 'quota', {}, opts) as Promise<t.Quota>;
  }

  /**
   * Lists the `quota` objects: sends `GET /datacenters/{data_center_id}/quotas` and reads the `<quotas>` the engine answers, one item per `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quotas/methods/list | reference: quotas.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link QuotasServiceListOptions}).
   * @returns The `quotas`: a list of `Quota`.
   */
  list(opts: QuotasServiceListOptions = {}): Promise<List<t.Quota>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Quota>>;
  }

  /**
   * Like {@link QuotasService.list} (it sends `GET /datacenters/{data_center_id}/quotas` with the same options), but yields
   * each `quota` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quotas/methods/list | reference: quotas.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: QuotasServiceListOptions = {}): AsyncGenerator<t.Quota, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'QuotasService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Quota, void, undefined>;
  }

  /**
   * Locates the `quota` service at `{quota_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/quota | reference: quota}
   */
  quotaService(id: string | number): QuotaService {
    return new QuotaService(this.connection, `${this.path}/${idSegment(id, 'QuotasService.quotaService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.quotaService(decodeURIComponent(head)).service(rest);
  }
}
