// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AffinityLabelVmService } from './affinity-label-vm-service';

/**
 * Options of {@link AffinityLabelVmsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_vms/methods/list | reference: affinity_label_vms.list}
 */
export interface AffinityLabelVmsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /affinitylabels/{label_id}/vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_vms/methods/list | reference: affinity_label_vms.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AffinityLabelVmsService.add', {}, ['vm', t.Vm]);
const LIST_PARAMETERS = methodParameters('AffinityLabelVmsService.list', { follow: 'string' });

/**
 * The `affinity_label_vms` service of the API.
 *
 * Path below the API root: `/affinitylabels/{label_id}/vms`.
 * Reached with `connection.systemService().affinityLabelsService().labelService(id).vmsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_vms | reference: affinity_label_vms}
 */
export class AffinityLabelVmsService extends Service {
  /**
   * Adds a `vm`: sends `POST /affinitylabels/{label_id}/vms` with it as the `<vm>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_vms/methods/add | reference: affinity_label_vms.add}
   * @param vm The `vm` to send: `VmInit` (a `Vm` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `vm` as the engine answers it.
   */
  add(vm: t.VmInit, opts: RequestOptions = {}): Promise<t.Vm> {
    const refused = checkParameters(ADD_PARAMETERS, opts, vm);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(vm, 'vm', {}, opts) as Promise<t.Vm>;
  }

  /**
   * Lists the `vm` objects: sends `GET /affinitylabels/{label_id}/vms` and reads the `<vms>` the engine answers, one item per `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_vms/methods/list | reference: affinity_label_vms.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityLabelVmsServiceListOptions}).
   * @returns The `vms`: a list of `Vm`.
   */
  list(opts: AffinityLabelVmsServiceListOptions = {}): Promise<List<t.Vm>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Vm>>;
  }

  /**
   * Like {@link AffinityLabelVmsService.list} (it sends `GET /affinitylabels/{label_id}/vms` with the same options), but yields
   * each `vm` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_vms/methods/list | reference: affinity_label_vms.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: AffinityLabelVmsServiceListOptions = {}): AsyncGenerator<t.Vm, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AffinityLabelVmsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Vm, void, undefined>;
  }

  /**
   * Locates the `affinity_label_vm` service at `{vm_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_vm | reference: affinity_label_vm}
   */
  vmService(id: string | number): AffinityLabelVmService {
    return new AffinityLabelVmService(this.connection, `${this.path}/${idSegment(id, 'AffinityLabelVmsService.vmService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.vmService(decodeURIComponent(head)).service(rest);
  }
}
