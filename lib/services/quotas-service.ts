// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { QuotaService } from './quota-service';

/** Options of {@link QuotasService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface QuotasServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quotas/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quotas/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('QuotasService.add', {}, ['quota', t.Quota]);
const LIST_PARAMETERS = methodParameters('QuotasService.list', { max: 'integer', follow: 'string' });

/**
 * The `quotas` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quotas}
 */
export class QuotasService extends Service {
  /**
   * Adds an object: `POST` of `<quota>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quotas/methods/add}
   * @param quota The `quota` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quotas/methods/add/parameters/quota}
   */
  add(quota: t.QuotaInit, opts: RequestOptions = {}): Promise<t.Quota> {
    const refused = checkParameters(ADD_PARAMETERS, opts, quota);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(quota, 'quota', {}, opts) as Promise<t.Quota>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quotas/methods/list}
   * @returns The `quotas` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quotas/methods/list/parameters/quotas}
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
   * Like {@link QuotasService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quotas/methods/list}
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

  /** Locates the `quota` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/quota}); sends no request. */
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
