// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { QuotaClusterLimitService } from './quota-cluster-limit-service';

/** Options of {@link QuotaClusterLimitsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface QuotaClusterLimitsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_cluster_limits/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_cluster_limits/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('QuotaClusterLimitsService.add', {}, ['quotaClusterLimit', t.QuotaClusterLimit]);
const LIST_PARAMETERS = methodParameters('QuotaClusterLimitsService.list', { max: 'integer', follow: 'string' });

/**
 * The `quota_cluster_limits` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_cluster_limits}
 */
export class QuotaClusterLimitsService extends Service {
  /**
   * Adds an object: `POST` of `<quota_cluster_limit>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_cluster_limits/methods/add}
   * @param limit The `limit` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_cluster_limits/methods/add/parameters/limit}
   */
  add(limit: t.QuotaClusterLimitInit, opts: RequestOptions = {}): Promise<t.QuotaClusterLimit> {
    const refused = checkParameters(ADD_PARAMETERS, opts, limit);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(limit, 'quota_cluster_limit', {}, opts) as Promise<t.QuotaClusterLimit>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_cluster_limits/methods/list}
   * @returns The `limits` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_cluster_limits/methods/list/parameters/limits}
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
   * Like {@link QuotaClusterLimitsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_cluster_limits/methods/list}
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

  /** Locates the `limit` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_cluster_limit}); sends no request. */
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
