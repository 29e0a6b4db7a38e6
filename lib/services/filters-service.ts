// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { FilterService } from './filter-service';

/** Options of {@link FiltersService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface FiltersServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/filters/methods/list/parameters/max} */
  max?: number;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/filters/methods/list/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/filters/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('FiltersService.add', {}, ['filter', t.Filter]);
const LIST_PARAMETERS = methodParameters('FiltersService.list', { max: 'integer', filter: 'boolean', follow: 'string' });

/**
 * The `filters` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/filters}
 */
export class FiltersService extends Service {
  /**
   * Adds an object: `POST` of `<filter>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/filters/methods/add}
   * @param filter The `filter` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/filters/methods/add/parameters/filter}
   */
  add(filter: t.FilterInit, opts: RequestOptions = {}): Promise<t.Filter> {
    const refused = checkParameters(ADD_PARAMETERS, opts, filter);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(filter, 'filter', {}, opts) as Promise<t.Filter>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/filters/methods/list}
   * @returns The `filters` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/filters/methods/list/parameters/filters}
   */
  list(opts: FiltersServiceListOptions = {}): Promise<List<t.Filter>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Filter>>;
  }

  /**
   * Like {@link FiltersService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/filters/methods/list}
   */
  listStream(opts: FiltersServiceListOptions = {}): AsyncGenerator<t.Filter, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'FiltersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Filter, void, undefined>;
  }

  /** Locates the `filter` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/filter}); sends no request. */
  filterService(id: string | number): FilterService {
    return new FilterService(this.connection, `${this.path}/${idSegment(id, 'FiltersService.filterService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.filterService(decodeURIComponent(head)).service(rest);
  }
}
