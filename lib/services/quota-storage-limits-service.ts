// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { QuotaStorageLimitService } from './quota-storage-limit-service';

/** Options of {@link QuotaStorageLimitsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface QuotaStorageLimitsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_storage_limits/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_storage_limits/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('QuotaStorageLimitsService.add', {}, ['quotaStorageLimit', t.QuotaStorageLimit]);
const LIST_PARAMETERS = methodParameters('QuotaStorageLimitsService.list', { max: 'integer', follow: 'string' });

/**
 * The `quota_storage_limits` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_storage_limits}
 */
export class QuotaStorageLimitsService extends Service {
  /**
   * Adds an object: `POST` of `<quota_storage_limit>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_storage_limits/methods/add}
   * @param limit The `limit` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_storage_limits/methods/add/parameters/limit}
   */
  add(limit: t.QuotaStorageLimitInit, opts: RequestOptions = {}): Promise<t.QuotaStorageLimit> {
    const refused = checkParameters(ADD_PARAMETERS, opts, limit);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(limit, 'quota_storage_limit', {}, opts) as Promise<t.QuotaStorageLimit>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_storage_limits/methods/list}
   * @returns The `limits` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_storage_limits/methods/list/parameters/limits}
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
   * Like {@link QuotaStorageLimitsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_storage_limits/methods/list}
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

  /** Locates the `limit` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota_storage_limit}); sends no request. */
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
