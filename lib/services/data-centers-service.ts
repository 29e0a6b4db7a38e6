// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DataCenterService } from './data-center-service';

/** Options of {@link DataCentersService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface DataCentersServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_centers/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_centers/methods/list/parameters/search} */
  search?: string;
  /** The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_centers/methods/list/parameters/case_sensitive} */
  caseSensitive?: boolean;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_centers/methods/list/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_centers/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('DataCentersService.add', {}, ['dataCenter', t.DataCenter]);
const LIST_PARAMETERS = methodParameters('DataCentersService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', filter: 'boolean', follow: 'string' });

/**
 * The `data_centers` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_centers}
 */
export class DataCentersService extends Service {
  /**
   * Adds an object: `POST` of `<data_center>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_centers/methods/add}
   * @param dataCenter The `data_center` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_centers/methods/add/parameters/data_center}
   */
  add(dataCenter: t.DataCenterInit, opts: RequestOptions = {}): Promise<t.DataCenter> {
    const refused = checkParameters(ADD_PARAMETERS, opts, dataCenter);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(dataCenter, 'data_center', {}, opts) as Promise<t.DataCenter>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_centers/methods/list}
   * @returns The `data_centers` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_centers/methods/list/parameters/data_centers}
   */
  list(opts: DataCentersServiceListOptions = {}): Promise<List<t.DataCenter>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.DataCenter>>;
  }

  /**
   * Like {@link DataCentersService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_centers/methods/list}
   */
  listStream(opts: DataCentersServiceListOptions = {}): AsyncGenerator<t.DataCenter, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'DataCentersService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.DataCenter, void, undefined>;
  }

  /** Locates the `data_center` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_center}); sends no request. */
  dataCenterService(id: string | number): DataCenterService {
    return new DataCenterService(this.connection, `${this.path}/${idSegment(id, 'DataCentersService.dataCenterService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.dataCenterService(decodeURIComponent(head)).service(rest);
  }
}
