// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link AffinityGroupVmService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm/methods/remove | reference: affinity_group_vm.remove}
 */
export interface AffinityGroupVmServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /clusters/{cluster_id}/affinitygroups/{group_id}/vms/{vm_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm/methods/remove | reference: affinity_group_vm.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const REMOVE_PARAMETERS = methodParameters('AffinityGroupVmService.remove', { async: 'boolean' });

/**
 * The `affinity_group_vm` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/affinitygroups/{group_id}/vms/{vm_id}` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/affinitygroups/{group_id}/vms/{vm_id}`).
 * Reached with `connection.systemService().clustersService().clusterService(id).affinityGroupsService().groupService(id).vmsService().vmService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm | reference: affinity_group_vm}
 */
export class AffinityGroupVmService extends Service {
  /**
   * Removes: sends `DELETE /clusters/{cluster_id}/affinitygroups/{group_id}/vms/{vm_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm/methods/remove | reference: affinity_group_vm.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityGroupVmServiceRemoveOptions}).
   */
  remove(opts: AffinityGroupVmServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
