// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DataCenterService } from './data-center-service';

/**
 * Options of {@link DataCentersService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_centers/methods/list | reference: data_centers.list}
 */
export interface DataCentersServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /datacenters`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_centers/methods/list | reference: data_centers.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /datacenters`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_centers/methods/list | reference: data_centers.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /datacenters`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_centers/methods/list | reference: data_centers.list}
   */
  caseSensitive?: boolean;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /datacenters`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_centers/methods/list | reference: data_centers.list}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_centers/methods/list | reference: data_centers.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('DataCentersService.add', {}, ['dataCenter', t.DataCenter]);
const LIST_PARAMETERS = methodParameters('DataCentersService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', filter: 'boolean', follow: 'string' });

/**
 * The `data_centers` service of the API.
 *
 * Path below the API root: `/datacenters`.
 * Reached with `connection.systemService().dataCentersService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_centers | reference: data_centers}
 */
export class DataCentersService extends Service {
  /**
   * Adds a `data_center`: sends `POST /datacenters` with it as the `<data_center>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `dataCenter.local`
   * - `dataCenter.name`
   *
   * Also accepts: `dataCenter.comment`, `dataCenter.description`, `dataCenter.macPool.id`, `dataCenter.storageFormat`, `dataCenter.version.major`, `dataCenter.version.minor`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_centers/methods/add | reference: data_centers.add}
   * @param dataCenter The `data_center` to send: `DataCenterInit` (a `DataCenter` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `data_center` as the engine answers it.
   */
  add(dataCenter: t.DataCenterInit, opts: RequestOptions = {}): Promise<t.DataCenter> {
    const refused = checkParameters(ADD_PARAMETERS, opts, dataCenter);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(dataCenter, 'data_center', {}, opts) as Promise<t.DataCenter>;
  }

  /**
   * Lists the `data_center` objects: sends `GET /datacenters` and reads the `<data_centers>` the engine answers, one item per `<data_center>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_centers/methods/list | reference: data_centers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DataCentersServiceListOptions}).
   * @returns The `data_centers`: a list of `DataCenter`.
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
   * Like {@link DataCentersService.list} (it sends `GET /datacenters` with the same options), but yields
   * each `data_center` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_centers/methods/list | reference: data_centers.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `data_center` service at `{data_center_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_center | reference: data_center}
   */
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
