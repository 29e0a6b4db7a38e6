// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AffinityGroupVmService } from './affinity-group-vm-service';

/**
 * Options of {@link AffinityGroupVmsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vms/methods/list | reference: affinity_group_vms.list}
 */
export interface AffinityGroupVmsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /clusters/{cluster_id}/affinitygroups/{group_id}/vms` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vms/methods/list | reference: affinity_group_vms.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/affinitygroups/{group_id}/vms` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vms/methods/list | reference: affinity_group_vms.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AffinityGroupVmsService.add', {}, ['vm', t.Vm]);
const LIST_PARAMETERS = methodParameters('AffinityGroupVmsService.list', { max: 'integer', follow: 'string' });

/**
 * The `affinity_group_vms` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/affinitygroups/{group_id}/vms` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/affinitygroups/{group_id}/vms`).
 * Reached with `connection.systemService().clustersService().clusterService(id).affinityGroupsService().groupService(id).vmsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vms | reference: affinity_group_vms}
 */
export class AffinityGroupVmsService extends Service {
  /**
   * Adds a `vm`: sends `POST /clusters/{cluster_id}/affinitygroups/{group_id}/vms` (or the same below any other of the service's 2 paths) with it as the `<vm>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `vm.id` or `vm.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vms/methods/add | reference: affinity_group_vms.add}
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
   * Lists the `vm` objects: sends `GET /clusters/{cluster_id}/affinitygroups/{group_id}/vms` (or the same below any other of the service's 2 paths) and reads the `<vms>` the engine answers, one item per `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vms/methods/list | reference: affinity_group_vms.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityGroupVmsServiceListOptions}).
   * @returns The `vms`: a list of `Vm`.
   */
  list(opts: AffinityGroupVmsServiceListOptions = {}): Promise<List<t.Vm>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Vm>>;
  }

  /**
   * Like {@link AffinityGroupVmsService.list} (it sends `GET /clusters/{cluster_id}/affinitygroups/{group_id}/vms` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `vm` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vms/methods/list | reference: affinity_group_vms.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: AffinityGroupVmsServiceListOptions = {}): AsyncGenerator<t.Vm, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AffinityGroupVmsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Vm, void, undefined>;
  }

  /**
   * Locates the `affinity_group_vm` service at `{vm_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm | reference: affinity_group_vm}
   */
  vmService(id: string | number): AffinityGroupVmService {
    return new AffinityGroupVmService(this.connection, `${this.path}/${idSegment(id, 'AffinityGroupVmsService.vmService')}`);
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
