// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DiskSnapshotService } from './disk-snapshot-service';

/**
 * Options of {@link DiskSnapshotsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshots/methods/list | reference: disk_snapshots.list}
 */
export interface DiskSnapshotsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /disks/{disk_id}/disksnapshots` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshots/methods/list | reference: disk_snapshots.list}
   */
  max?: number;
  /**
   * `boolean`, sent as query parameter `include_active` of `GET /disks/{disk_id}/disksnapshots` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshots/methods/list | reference: disk_snapshots.list}
   * @since API 4.4.3
   */
  includeActive?: boolean;
  /**
   * `boolean`, sent as query parameter `include_template` of `GET /disks/{disk_id}/disksnapshots` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshots/methods/list | reference: disk_snapshots.list}
   * @since API 4.4.8
   */
  includeTemplate?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /disks/{disk_id}/disksnapshots` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshots/methods/list | reference: disk_snapshots.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('DiskSnapshotsService.list', { max: 'integer', includeActive: 'boolean', includeTemplate: 'boolean', follow: 'string' });

/**
 * The `disk_snapshots` service of the API.
 *
 * Path below the API root: `/disks/{disk_id}/disksnapshots` (and 1 other, such as `/storagedomains/{storage_domain_id}/disksnapshots`).
 * Reached with `connection.systemService().disksService().diskService(id).diskSnapshotsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshots | reference: disk_snapshots}
 */
export class DiskSnapshotsService extends Service {
  /**
   * Lists the `disk_snapshot` objects: sends `GET /disks/{disk_id}/disksnapshots` (or the same below any other of the service's 2 paths) and reads the `<disk_snapshots>` the engine answers, one item per `<disk_snapshot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshots/methods/list | reference: disk_snapshots.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskSnapshotsServiceListOptions}).
   * @returns The `snapshots`: a list of `DiskSnapshot`.
   */
  list(opts: DiskSnapshotsServiceListOptions = {}): Promise<List<t.DiskSnapshot>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      include_active: opts.includeActive,
      include_template: opts.includeTemplate,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.DiskSnapshot>>;
  }

  /**
   * Like {@link DiskSnapshotsService.list} (it sends `GET /disks/{disk_id}/disksnapshots` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `disk_snapshot` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshots/methods/list | reference: disk_snapshots.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: DiskSnapshotsServiceListOptions = {}): AsyncGenerator<t.DiskSnapshot, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'DiskSnapshotsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      include_active: opts.includeActive,
      include_template: opts.includeTemplate,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.DiskSnapshot, void, undefined>;
  }

  /**
   * Locates the `disk_snapshot` service at `{snapshot_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshot | reference: disk_snapshot}
   */
  snapshotService(id: string | number): DiskSnapshotService {
    return new DiskSnapshotService(this.connection, `${this.path}/${idSegment(id, 'DiskSnapshotsService.snapshotService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.snapshotService(decodeURIComponent(head)).service(rest);
  }
}
