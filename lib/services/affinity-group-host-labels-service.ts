// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AffinityGroupHostLabelService } from './affinity-group-host-label-service';

/**
 * Options of {@link AffinityGroupHostLabelsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_host_labels/methods/list | reference: affinity_group_host_labels.list}
 */
export interface AffinityGroupHostLabelsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /clusters/{cluster_id}/affinitygroups/{group_id}/hostlabels` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_host_labels/methods/list | reference: affinity_group_host_labels.list}
   * @since API 4.3.6
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/affinitygroups/{group_id}/hostlabels` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_host_labels/methods/list | reference: affinity_group_host_labels.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AffinityGroupHostLabelsService.add', {}, ['affinityLabel', t.AffinityLabel]);
const LIST_PARAMETERS = methodParameters('AffinityGroupHostLabelsService.list', { max: 'integer', follow: 'string' });

/**
 * The `affinity_group_host_labels` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/affinitygroups/{group_id}/hostlabels` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/affinitygroups/{group_id}/hostlabels`).
 * Reached with `connection.systemService().clustersService().clusterService(id).affinityGroupsService().groupService(id).hostLabelsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_host_labels | reference: affinity_group_host_labels}
 * @since API 4.3.6
 */
export class AffinityGroupHostLabelsService extends Service {
  /**
   * Adds a `affinity_label`: sends `POST /clusters/{cluster_id}/affinitygroups/{group_id}/hostlabels` (or the same below any other of the service's 2 paths) with it as the `<affinity_label>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `label.id` or `label.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_host_labels/methods/add | reference: affinity_group_host_labels.add}
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
   * Lists the `affinity_label` objects: sends `GET /clusters/{cluster_id}/affinitygroups/{group_id}/hostlabels` (or the same below any other of the service's 2 paths) and reads the `<affinity_labels>` the engine answers, one item per `<affinity_label>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_host_labels/methods/list | reference: affinity_group_host_labels.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityGroupHostLabelsServiceListOptions}).
   * @returns The `labels`: a list of `AffinityLabel`.
   * @since API 4.3.6
   */
  list(opts: AffinityGroupHostLabelsServiceListOptions = {}): Promise<List<t.AffinityLabel>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.AffinityLabel>>;
  }

  /**
   * Like {@link AffinityGroupHostLabelsService.list} (it sends `GET /clusters/{cluster_id}/affinitygroups/{group_id}/hostlabels` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `affinity_label` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_host_labels/methods/list | reference: affinity_group_host_labels.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.3.6
   */
  listStream(opts: AffinityGroupHostLabelsServiceListOptions = {}): AsyncGenerator<t.AffinityLabel, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AffinityGroupHostLabelsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.AffinityLabel, void, undefined>;
  }

  /**
   * Locates the `affinity_group_host_label` service at `{label_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_host_label | reference: affinity_group_host_label}
   * @since API 4.3.6
   */
  labelService(id: string | number): AffinityGroupHostLabelService {
    return new AffinityGroupHostLabelService(this.connection, `${this.path}/${idSegment(id, 'AffinityGroupHostLabelsService.labelService')}`);
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
