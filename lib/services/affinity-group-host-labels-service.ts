// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AffinityGroupHostLabelService } from './affinity-group-host-label-service';

/** Options of {@link AffinityGroupHostLabelsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface AffinityGroupHostLabelsServiceListOptions extends RequestOptions {
  /**
   * The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_host_labels/methods/list/parameters/max}
   * @since API 4.3.6
   */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_host_labels/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AffinityGroupHostLabelsService.add', {}, ['affinityLabel', t.AffinityLabel]);
const LIST_PARAMETERS = methodParameters('AffinityGroupHostLabelsService.list', { max: 'integer', follow: 'string' });

/**
 * The `affinity_group_host_labels` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_host_labels}
 * @since API 4.3.6
 */
export class AffinityGroupHostLabelsService extends Service {
  /**
   * Adds an object: `POST` of `<affinity_label>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_host_labels/methods/add}
   * @param label The `label` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_host_labels/methods/add/parameters/label}
   * @since API 4.3.6
   */
  add(label: t.AffinityLabelInit, opts: RequestOptions = {}): Promise<t.AffinityLabel> {
    const refused = checkParameters(ADD_PARAMETERS, opts, label);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(label, 'affinity_label', {}, opts) as Promise<t.AffinityLabel>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_host_labels/methods/list}
   * @returns The `labels` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_host_labels/methods/list/parameters/labels}
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
   * Like {@link AffinityGroupHostLabelsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_host_labels/methods/list}
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
   * Locates the `label` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_host_label}); sends no request.
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
