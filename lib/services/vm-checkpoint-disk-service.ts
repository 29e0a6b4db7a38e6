// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link VmCheckpointDiskService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint_disk/methods/get | reference: vm_checkpoint_disk.get}
 */
export interface VmCheckpointDiskServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/checkpoints/{checkpoint_id}/disks/{disk_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint_disk/methods/get | reference: vm_checkpoint_disk.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmCheckpointDiskService.get', { follow: 'string' });

/**
 * The `vm_checkpoint_disk` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/checkpoints/{checkpoint_id}/disks/{disk_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).checkpointsService().checkpointService(id).disksService().diskService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint_disk | reference: vm_checkpoint_disk}
 */
export class VmCheckpointDiskService extends Service {
  /**
   * Retrieves the `disk`: sends `GET /vms/{vm_id}/checkpoints/{checkpoint_id}/disks/{disk_id}` and reads the `<disk>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint_disk/methods/get | reference: vm_checkpoint_disk.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmCheckpointDiskServiceGetOptions}).
   * @returns The `disk`: `Disk`.
   * @since API 4.4
   */
  get(opts: VmCheckpointDiskServiceGetOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Disk>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
