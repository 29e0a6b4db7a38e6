// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link DiskSnapshotService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshot/methods/get | reference: disk_snapshot.get}
 */
export interface DiskSnapshotServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /disks/{disk_id}/disksnapshots/{snapshot_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshot/methods/get | reference: disk_snapshot.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link DiskSnapshotService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshot/methods/remove | reference: disk_snapshot.remove}
 */
export interface DiskSnapshotServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /disks/{disk_id}/disksnapshots/{snapshot_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshot/methods/remove | reference: disk_snapshot.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('DiskSnapshotService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('DiskSnapshotService.remove', { async: 'boolean' });

/**
 * The `disk_snapshot` service of the API.
 *
 * Path below the API root: `/disks/{disk_id}/disksnapshots/{snapshot_id}` (and 1 other, such as `/storagedomains/{storage_domain_id}/disksnapshots/{snapshot_id}`).
 * Reached with `connection.systemService().disksService().diskService(id).diskSnapshotsService().snapshotService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshot | reference: disk_snapshot}
 */
export class DiskSnapshotService extends Service {
  /**
   * Retrieves the `disk_snapshot`: sends `GET /disks/{disk_id}/disksnapshots/{snapshot_id}` (or the same below any other of the service's 2 paths) and reads the `<disk_snapshot>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshot/methods/get | reference: disk_snapshot.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskSnapshotServiceGetOptions}).
   * @returns The `snapshot`: `DiskSnapshot`.
   */
  get(opts: DiskSnapshotServiceGetOptions = {}): Promise<t.DiskSnapshot> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.DiskSnapshot>;
  }

  /**
   * Removes: sends `DELETE /disks/{disk_id}/disksnapshots/{snapshot_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_snapshot/methods/remove | reference: disk_snapshot.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskSnapshotServiceRemoveOptions}).
   */
  remove(opts: DiskSnapshotServiceRemoveOptions = {}): Promise<void> {
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
