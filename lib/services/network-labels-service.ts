// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { NetworkLabelService } from './network-label-service';

/** Options of {@link NetworkLabelsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface NetworkLabelsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_labels/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_labels/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('NetworkLabelsService.add', {}, ['networkLabel', t.NetworkLabel]);
const LIST_PARAMETERS = methodParameters('NetworkLabelsService.list', { max: 'integer', follow: 'string' });

/**
 * The `network_labels` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_labels}
 */
export class NetworkLabelsService extends Service {
  /**
   * Adds an object: `POST` of `<network_label>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_labels/methods/add}
   * @param label The `label` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_labels/methods/add/parameters/label}
   */
  add(label: t.NetworkLabelInit, opts: RequestOptions = {}): Promise<t.NetworkLabel> {
    const refused = checkParameters(ADD_PARAMETERS, opts, label);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(label, 'network_label', {}, opts) as Promise<t.NetworkLabel>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_labels/methods/list}
   * @returns The `labels` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_labels/methods/list/parameters/labels}
   */
  list(opts: NetworkLabelsServiceListOptions = {}): Promise<List<t.NetworkLabel>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.NetworkLabel>>;
  }

  /**
   * Like {@link NetworkLabelsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_labels/methods/list}
   */
  listStream(opts: NetworkLabelsServiceListOptions = {}): AsyncGenerator<t.NetworkLabel, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'NetworkLabelsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.NetworkLabel, void, undefined>;
  }

  /** Locates the `label` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_label}); sends no request. */
  labelService(id: string | number): NetworkLabelService {
    return new NetworkLabelService(this.connection, `${this.path}/${idSegment(id, 'NetworkLabelsService.labelService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.labelService(decodeURIComponent(head)).service(rest);
  }
}
