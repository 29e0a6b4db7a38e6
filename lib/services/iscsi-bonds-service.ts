// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { IscsiBondService } from './iscsi-bond-service';

/**
 * Options of {@link IscsiBondsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bonds/methods/list | reference: iscsi_bonds.list}
 */
export interface IscsiBondsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /datacenters/{data_center_id}/iscsibonds`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bonds/methods/list | reference: iscsi_bonds.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/iscsibonds`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bonds/methods/list | reference: iscsi_bonds.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('IscsiBondsService.add', {}, ['iscsiBond', t.IscsiBond]);
const LIST_PARAMETERS = methodParameters('IscsiBondsService.list', { max: 'integer', follow: 'string' });

/**
 * The `iscsi_bonds` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/iscsibonds`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).iscsiBondsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bonds | reference: iscsi_bonds}
 */
export class IscsiBondsService extends Service {
  /**
   * Adds a `iscsi_bond`: sends `POST /datacenters/{data_center_id}/iscsibonds` with it as the `<iscsi_bond>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `bond.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bonds/methods/add | reference: iscsi_bonds.add}
   * @param bond The `bond` to send: `IscsiBondInit` (a `IscsiBond` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `iscsi_bond` as the engine answers it.
   */
  add(bond: t.IscsiBondInit, opts: RequestOptions = {}): Promise<t.IscsiBond> {
    const refused = checkParameters(ADD_PARAMETERS, opts, bond);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(bond, 'iscsi_bond', {}, opts) as Promise<t.IscsiBond>;
  }

  /**
   * Lists the `iscsi_bond` objects: sends `GET /datacenters/{data_center_id}/iscsibonds` and reads the `<iscsi_bonds>` the engine answers, one item per `<iscsi_bond>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bonds/methods/list | reference: iscsi_bonds.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link IscsiBondsServiceListOptions}).
   * @returns The `bonds`: a list of `IscsiBond`.
   */
  list(opts: IscsiBondsServiceListOptions = {}): Promise<List<t.IscsiBond>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.IscsiBond>>;
  }

  /**
   * Like {@link IscsiBondsService.list} (it sends `GET /datacenters/{data_center_id}/iscsibonds` with the same options), but yields
   * each `iscsi_bond` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bonds/methods/list | reference: iscsi_bonds.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: IscsiBondsServiceListOptions = {}): AsyncGenerator<t.IscsiBond, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'IscsiBondsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.IscsiBond, void, undefined>;
  }

  /**
   * Locates the `iscsi_bond` service at `{iscsi_bond_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/iscsi_bond | reference: iscsi_bond}
   */
  iscsiBondService(id: string | number): IscsiBondService {
    return new IscsiBondService(this.connection, `${this.path}/${idSegment(id, 'IscsiBondsService.iscsiBondService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.iscsiBondService(decodeURIComponent(head)).service(rest);
  }
}
