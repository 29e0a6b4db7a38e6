// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { VmCheckpointDisksService } from './vm-checkpoint-disks-service';

/**
 * Options of {@link VmCheckpointService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint/methods/get | reference: vm_checkpoint.get}
 */
export interface VmCheckpointServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/checkpoints/{checkpoint_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint/methods/get | reference: vm_checkpoint.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link VmCheckpointService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint/methods/remove | reference: vm_checkpoint.remove}
 */
export interface VmCheckpointServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /vms/{vm_id}/checkpoints/{checkpoint_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint/methods/remove | reference: vm_checkpoint.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmCheckpointService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('VmCheckpointService.remove', { async: 'boolean' });

/**
 * The `vm_checkpoint` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/checkpoints/{checkpoint_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).checkpointsService().checkpointService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint | reference: vm_checkpoint}
 * @since API 4.4
 */
export class VmCheckpointService extends Service {
  /**
   * Retrieves the `checkpoint`: sends `GET /vms/{vm_id}/checkpoints/{checkpoint_id}` and reads the `<checkpoint>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint/methods/get | reference: vm_checkpoint.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmCheckpointServiceGetOptions}).
   * @returns The `checkpoint`: `Checkpoint`.
   * @since API 4.4
   */
  get(opts: VmCheckpointServiceGetOptions = {}): Promise<t.Checkpoint> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Checkpoint>;
  }

  /**
   * Removes: sends `DELETE /vms/{vm_id}/checkpoints/{checkpoint_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint/methods/remove | reference: vm_checkpoint.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmCheckpointServiceRemoveOptions}).
   * @since API 4.4
   */
  remove(opts: VmCheckpointServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `vm_checkpoint_disks` service at `disks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint_disks | reference: vm_checkpoint_disks}
   * @since API 4.4
   */
  disksService(): VmCheckpointDisksService {
    return new VmCheckpointDisksService(this.connection, `${this.path}/disks`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'disks': return this.disksService().service(rest);
    }
    return super.service(path);
  }
}
