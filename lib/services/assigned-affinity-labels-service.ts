// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AssignedAffinityLabelService } from './assigned-affinity-label-service';

/**
 * Options of {@link AssignedAffinityLabelsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_labels/methods/list | reference: assigned_affinity_labels.list}
 */
export interface AssignedAffinityLabelsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/affinitylabels` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_labels/methods/list | reference: assigned_affinity_labels.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AssignedAffinityLabelsService.add', {}, ['affinityLabel', t.AffinityLabel]);
const LIST_PARAMETERS = methodParameters('AssignedAffinityLabelsService.list', { follow: 'string' });

/**
 * The `assigned_affinity_labels` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/affinitylabels` (and 1 other, such as `/vms/{vm_id}/affinitylabels`).
 * Reached with `connection.systemService().hostsService().hostService(id).affinityLabelsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_labels | reference: assigned_affinity_labels}
 */
export class AssignedAffinityLabelsService extends Service {
  /**
   * Adds a `affinity_label`: sends `POST /hosts/{host_id}/affinitylabels` (or the same below any other of the service's 2 paths) with it as the `<affinity_label>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_labels/methods/add | reference: assigned_affinity_labels.add}
   * @param label The `label` to send: `AffinityLabelInit` (a `AffinityLabel` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `affinity_label` as the engine answers it.
   */
  add(label: t.AffinityLabelInit, opts: RequestOptions = {}): Promise<t.AffinityLabel> {
    const refused = checkParameters(ADD_PARAMETERS, opts, label);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(label, 'affinity_label', {}, opts) as Promise<t.AffinityLabel>;
  }

  /**
   * Lists the `affinity_label` objects: sends `GET /hosts/{host_id}/affinitylabels` (or the same below any other of the service's 2 paths) and reads the `<affinity_labels>` the engine answers, one item per `<affinity_label>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_labels/methods/list | reference: assigned_affinity_labels.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AssignedAffinityLabelsServiceListOptions}).
   * @returns The `label`: a list of `AffinityLabel`.
   */
  list(opts: AssignedAffinityLabelsServiceListOptions = {}): Promise<List<t.AffinityLabel>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.AffinityLabel>>;
  }

  /**
   * Like {@link AssignedAffinityLabelsService.list} (it sends `GET /hosts/{host_id}/affinitylabels` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `affinity_label` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_labels/methods/list | reference: assigned_affinity_labels.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: AssignedAffinityLabelsServiceListOptions = {}): AsyncGenerator<t.AffinityLabel, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AssignedAffinityLabelsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.AffinityLabel, void, undefined>;
  }

  /**
   * Locates the `assigned_affinity_label` service at `{label_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_label | reference: assigned_affinity_label}
   */
  labelService(id: string | number): AssignedAffinityLabelService {
    return new AssignedAffinityLabelService(this.connection, `${this.path}/${idSegment(id, 'AssignedAffinityLabelsService.labelService')}`);
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
