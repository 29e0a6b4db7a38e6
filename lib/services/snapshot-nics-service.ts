// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { SnapshotNicService } from './snapshot-nic-service';

/**
 * Options of {@link SnapshotNicsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot_nics/methods/list | reference: snapshot_nics.list}
 */
export interface SnapshotNicsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vms/{vm_id}/snapshots/{snapshot_id}/nics`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot_nics/methods/list | reference: snapshot_nics.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/snapshots/{snapshot_id}/nics`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot_nics/methods/list | reference: snapshot_nics.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('SnapshotNicsService.list', { max: 'integer', follow: 'string' });

/**
 * The `snapshot_nics` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/snapshots/{snapshot_id}/nics`.
 * Reached with `connection.systemService().vmsService().vmService(id).snapshotsService().snapshotService(id).nicsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot_nics | reference: snapshot_nics}
 */
export class SnapshotNicsService extends Service {
  /**
   * Lists the `nic` objects: sends `GET /vms/{vm_id}/snapshots/{snapshot_id}/nics` and reads the `<nics>` the engine answers, one item per `<nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot_nics/methods/list | reference: snapshot_nics.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SnapshotNicsServiceListOptions}).
   * @returns The `nics`: a list of `Nic`.
   */
  list(opts: SnapshotNicsServiceListOptions = {}): Promise<List<t.Nic>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Nic>>;
  }

  /**
   * Like {@link SnapshotNicsService.list} (it sends `GET /vms/{vm_id}/snapshots/{snapshot_id}/nics` with the same options), but yields
   * each `nic` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot_nics/methods/list | reference: snapshot_nics.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: SnapshotNicsServiceListOptions = {}): AsyncGenerator<t.Nic, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'SnapshotNicsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Nic, void, undefined>;
  }

  /**
   * Locates the `snapshot_nic` service at `{nic_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot_nic | reference: snapshot_nic}
   */
  nicService(id: string | number): SnapshotNicService {
    return new SnapshotNicService(this.connection, `${this.path}/${idSegment(id, 'SnapshotNicsService.nicService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.nicService(decodeURIComponent(head)).service(rest);
  }
}
