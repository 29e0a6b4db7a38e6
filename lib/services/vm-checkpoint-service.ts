// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { VmCheckpointDisksService } from './vm-checkpoint-disks-service';

/** Options of {@link VmCheckpointService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface VmCheckpointServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_checkpoint/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link VmCheckpointService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface VmCheckpointServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_checkpoint/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmCheckpointService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('VmCheckpointService.remove', { async: 'boolean' });

/**
 * The `vm_checkpoint` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_checkpoint}
 * @since API 4.4
 */
export class VmCheckpointService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_checkpoint/methods/get}
   * @returns The `checkpoint` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_checkpoint/methods/get/parameters/checkpoint}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_checkpoint/methods/remove}
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
   * Locates the `disks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_checkpoint_disks}); sends no request.
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
