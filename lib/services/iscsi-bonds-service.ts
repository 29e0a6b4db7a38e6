// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { IscsiBondService } from './iscsi-bond-service';

/** Options of {@link IscsiBondsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface IscsiBondsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bonds/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bonds/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('IscsiBondsService.add', {}, ['iscsiBond', t.IscsiBond]);
const LIST_PARAMETERS = methodParameters('IscsiBondsService.list', { max: 'integer', follow: 'string' });

/**
 * The `iscsi_bonds` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bonds}
 */
export class IscsiBondsService extends Service {
  /**
   * Adds an object: `POST` of `<iscsi_bond>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bonds/methods/add}
   * @param bond The `bond` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bonds/methods/add/parameters/bond}
   */
  add(bond: t.IscsiBondInit, opts: RequestOptions = {}): Promise<t.IscsiBond> {
    const refused = checkParameters(ADD_PARAMETERS, opts, bond);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(bond, 'iscsi_bond', {}, opts) as Promise<t.IscsiBond>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bonds/methods/list}
   * @returns The `bonds` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bonds/methods/list/parameters/bonds}
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
   * Like {@link IscsiBondsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bonds/methods/list}
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

  /** Locates the `iscsi_bond` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/iscsi_bond}); sends no request. */
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
