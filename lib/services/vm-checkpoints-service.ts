// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmCheckpointService } from './vm-checkpoint-service';

/**
 * Options of {@link VmCheckpointsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoints/methods/list | reference: vm_checkpoints.list}
 */
export interface VmCheckpointsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vms/{vm_id}/checkpoints`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoints/methods/list | reference: vm_checkpoints.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/checkpoints`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoints/methods/list | reference: vm_checkpoints.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('VmCheckpointsService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_checkpoints` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/checkpoints`.
 * Reached with `connection.systemService().vmsService().vmService(id).checkpointsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoints | reference: vm_checkpoints}
 * @since API 4.4
 */
export class VmCheckpointsService extends Service {
  /**
   * Lists the `checkpoint` objects: sends `GET /vms/{vm_id}/checkpoints` and reads the `<checkpoints>` the engine answers, one item per `<checkpoint>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoints/methods/list | reference: vm_checkpoints.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmCheckpointsServiceListOptions}).
   * @returns The `checkpoints`: a list of `Checkpoint`.
   * @since API 4.4
   */
  list(opts: VmCheckpointsServiceListOptions = {}): Promise<List<t.Checkpoint>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Checkpoint>>;
  }

  /**
   * Like {@link VmCheckpointsService.list} (it sends `GET /vms/{vm_id}/checkpoints` with the same options), but yields
   * each `checkpoint` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoints/methods/list | reference: vm_checkpoints.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.4
   */
  listStream(opts: VmCheckpointsServiceListOptions = {}): AsyncGenerator<t.Checkpoint, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmCheckpointsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Checkpoint, void, undefined>;
  }

  /**
   * Locates the `vm_checkpoint` service at `{checkpoint_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_checkpoint | reference: vm_checkpoint}
   * @since API 4.4
   */
  checkpointService(id: string | number): VmCheckpointService {
    return new VmCheckpointService(this.connection, `${this.path}/${idSegment(id, 'VmCheckpointsService.checkpointService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.checkpointService(decodeURIComponent(head)).service(rest);
  }
}
