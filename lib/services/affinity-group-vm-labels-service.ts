// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AffinityGroupVmLabelService } from './affinity-group-vm-label-service';

/** Options of {@link AffinityGroupVmLabelsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface AffinityGroupVmLabelsServiceListOptions extends RequestOptions {
  /**
   * The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_labels/methods/list/parameters/max}
   * @since API 4.3.6
   */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_labels/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AffinityGroupVmLabelsService.add', {}, ['affinityLabel', t.AffinityLabel]);
const LIST_PARAMETERS = methodParameters('AffinityGroupVmLabelsService.list', { max: 'integer', follow: 'string' });

/**
 * The `affinity_group_vm_labels` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_labels}
 * @since API 4.3.6
 */
export class AffinityGroupVmLabelsService extends Service {
  /**
   * Adds an object: `POST` of `<affinity_label>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_labels/methods/add}
   * @param label The `label` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_labels/methods/add/parameters/label}
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
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_labels/methods/list}
   * @returns The `labels` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_labels/methods/list/parameters/labels}
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
   * Like {@link AffinityGroupVmLabelsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_labels/methods/list}
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
   * Locates the `label` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_label}); sends no request.
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
