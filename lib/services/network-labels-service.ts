// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { NetworkLabelService } from './network-label-service';

/**
 * Options of {@link NetworkLabelsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_labels/methods/list | reference: network_labels.list}
 */
export interface NetworkLabelsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /networks/{network_id}/networklabels` (or the same below any other of the service's 4 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_labels/methods/list | reference: network_labels.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /networks/{network_id}/networklabels` (or the same below any other of the service's 4 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_labels/methods/list | reference: network_labels.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('NetworkLabelsService.add', {}, ['networkLabel', t.NetworkLabel]);
const LIST_PARAMETERS = methodParameters('NetworkLabelsService.list', { max: 'integer', follow: 'string' });

/**
 * The `network_labels` service of the API.
 *
 * Path below the API root: `/networks/{network_id}/networklabels` (and 3 others, such as `/hosts/{host_id}/nics/{nic_id}/networklabels`).
 * Reached with `connection.systemService().networksService().networkService(id).networkLabelsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_labels | reference: network_labels}
 */
export class NetworkLabelsService extends Service {
  /**
   * Adds a `network_label`: sends `POST /networks/{network_id}/networklabels` (or the same below any other of the service's 4 paths) with it as the `<network_label>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `label.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_labels/methods/add | reference: network_labels.add}
   * @param label The `label` to send: `NetworkLabelInit` (a `NetworkLabel` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `network_label` as the engine answers it.
   */
  add(label: t.NetworkLabelInit, opts: RequestOptions = {}): Promise<t.NetworkLabel> {
    const refused = checkParameters(ADD_PARAMETERS, opts, label);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(label, 'network_label', {}, opts) as Promise<t.NetworkLabel>;
  }

  /**
   * Lists the `network_label` objects: sends `GET /networks/{network_id}/networklabels` (or the same below any other of the service's 4 paths) and reads the `<network_labels>` the engine answers, one item per `<network_label>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_labels/methods/list | reference: network_labels.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NetworkLabelsServiceListOptions}).
   * @returns The `labels`: a list of `NetworkLabel`.
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
   * Like {@link NetworkLabelsService.list} (it sends `GET /networks/{network_id}/networklabels` (or the same below any other of the service's 4 paths) with the same options), but yields
   * each `network_label` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_labels/methods/list | reference: network_labels.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `network_label` service at `{label_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_label | reference: network_label}
   */
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
