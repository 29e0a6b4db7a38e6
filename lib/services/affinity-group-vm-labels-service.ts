// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AffinityGroupVmLabelService } from './affinity-group-vm-label-service';

/**
 * Options of {@link AffinityGroupVmLabelsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm_labels/methods/list | reference: affinity_group_vm_labels.list}
 */
export interface AffinityGroupVmLabelsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /clusters/{cluster_id}/affinitygroups/{group_id}/vmlabels` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm_labels/methods/list | reference: affinity_group_vm_labels.list}
   * @since API 4.3.6
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/affinitygroups/{group_id}/vmlabels` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm_labels/methods/list | reference: affinity_group_vm_labels.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AffinityGroupVmLabelsService.add', {}, ['affinityLabel', t.AffinityLabel]);
const LIST_PARAMETERS = methodParameters('AffinityGroupVmLabelsService.list', { max: 'integer', follow: 'string' });

/**
 * The `affinity_group_vm_labels` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/affinitygroups/{group_id}/vmlabels` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/affinitygroups/{group_id}/vmlabels`).
 * Reached with `connection.systemService().clustersService().clusterService(id).affinityGroupsService().groupService(id).vmLabelsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm_labels | reference: affinity_group_vm_labels}
 * @since API 4.3.6
 */
export class AffinityGroupVmLabelsService extends Service {
  /**
   * Adds a `affinity_label`: sends `POST /clusters/{cluster_id}/affinitygroups/{group_id}/vmlabels` (or the same below any other of the service's 2 paths) with it as the `<affinity_label>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `label.id` or `label.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm_labels/methods/add | reference: affinity_group_vm_labels.add}
   * @param label The `label` to send: `AffinityLabelInit` (a `AffinityLabel` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `affinity_label` as the engine answers it.
   * @since API 4.3.6
   */
  add(label: t.AffinityLabelInit, opts: RequestOptions = {}): Promise<t.AffinityLabel> {
    const refused = checkParameters(ADD_PARAMETERS, opts, label);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(label, 'affinity_label', {}, opts) as Promise<t.AffinityLabel>;
  }

  /**
   * Lists the `affinity_label` objects: sends `GET /clusters/{cluster_id}/affinitygroups/{group_id}/vmlabels` (or the same below any other of the service's 2 paths) and reads the `<affinity_labels>` the engine answers, one item per `<affinity_label>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm_labels/methods/list | reference: affinity_group_vm_labels.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityGroupVmLabelsServiceListOptions}).
   * @returns The `labels`: a list of `AffinityLabel`.
   * @since API 4.3.6
   */
  list(opts: AffinityGroupVmLabelsServiceListOptions = {}): Promise<List<t.AffinityLabel>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.AffinityLabel>>;
  }

  /**
   * Like {@link AffinityGroupVmLabelsService.list} (it sends `GET /clusters/{cluster_id}/affinitygroups/{group_id}/vmlabels` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `affinity_label` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm_labels/methods/list | reference: affinity_group_vm_labels.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.3.6
   */
  listStream(opts: AffinityGroupVmLabelsServiceListOptions = {}): AsyncGenerator<t.AffinityLabel, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AffinityGroupVmLabelsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.AffinityLabel, void, undefined>;
  }

  /**
   * Locates the `affinity_group_vm_label` service at `{label_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm_label | reference: affinity_group_vm_label}
   * @since API 4.3.6
   */
  labelService(id: string | number): AffinityGroupVmLabelService {
    return new AffinityGroupVmLabelService(this.connection, `${this.path}/${idSegment(id, 'AffinityGroupVmLabelsService.labelService')}`);
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
