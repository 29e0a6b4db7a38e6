// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { SnapshotCdromsService } from './snapshot-cdroms-service';
import { SnapshotDisksService } from './snapshot-disks-service';
import { SnapshotNicsService } from './snapshot-nics-service';

/**
 * Options of {@link SnapshotService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot/methods/get | reference: snapshot.get}
 */
export interface SnapshotServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/snapshots/{snapshot_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot/methods/get | reference: snapshot.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link SnapshotService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot/methods/remove | reference: snapshot.remove}
 */
export interface SnapshotServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /vms/{vm_id}/snapshots/{snapshot_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot/methods/remove | reference: snapshot.remove}
   */
  async?: boolean;
  /**
   * `boolean`, sent as query parameter `all_content` of `DELETE /vms/{vm_id}/snapshots/{snapshot_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot/methods/remove | reference: snapshot.remove}
   * @since API 4.2
   */
  allContent?: boolean;
}

/**
 * Options of {@link SnapshotService.restore}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot/methods/restore | reference: snapshot.restore}
 */
export interface SnapshotServiceRestoreOptions extends RequestOptions {
  /**
   * A list of `DiskInit` (a `Disk` or a plain object), sent as `<disks>` in the `<action>` body of `POST /vms/{vm_id}/snapshots/{snapshot_id}/restore`.
   *
   * Also accepts: `opts.disks[].id`, `opts.disks[].imageId`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot/methods/restore | reference: snapshot.restore}
   */
  disks?: t.DiskInit[];
  /**
   * `boolean`, sent as `<restore_memory>` in the `<action>` body of `POST /vms/{vm_id}/snapshots/{snapshot_id}/restore`.
   *
   * Also accepts: `opts.restoreMemory`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot/methods/restore | reference: snapshot.restore}
   */
  restoreMemory?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/snapshots/{snapshot_id}/restore`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot/methods/restore | reference: snapshot.restore}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('SnapshotService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('SnapshotService.remove', { async: 'boolean', allContent: 'boolean' });
const RESTORE_PARAMETERS = methodParameters('SnapshotService.restore', { disks: [t.Disk], restoreMemory: 'boolean', async: 'boolean' });

/**
 * The `snapshot` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/snapshots/{snapshot_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).snapshotsService().snapshotService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot | reference: snapshot}
 */
export class SnapshotService extends Service {
  /**
   * Retrieves the `snapshot`: sends `GET /vms/{vm_id}/snapshots/{snapshot_id}` and reads the `<snapshot>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot/methods/get | reference: snapshot.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SnapshotServiceGetOptions}).
   * @returns The `snapshot`: `Snapshot`.
   */
  get(opts: SnapshotServiceGetOptions = {}): Promise<t.Snapshot> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Snapshot>;
  }

  /**
   * Removes: sends `DELETE /vms/{vm_id}/snapshots/{snapshot_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot/methods/remove | reference: snapshot.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SnapshotServiceRemoveOptions}).
   */
  remove(opts: SnapshotServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
      all_content: opts.allContent,
    };
    return this._remove(query, opts);
  }

  /**
   * The `restore` action: sends `POST /vms/{vm_id}/snapshots/{snapshot_id}/restore` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.restoreMemory`, `opts.disks[].id`, `opts.disks[].imageId`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot/methods/restore | reference: snapshot.restore}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SnapshotServiceRestoreOptions}).
   */
  restore(opts: SnapshotServiceRestoreOptions = {}): Promise<void> {
    const refused = checkParameters(RESTORE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      disks: opts.disks,
      restoreMemory: opts.restoreMemory,
      async: opts.async,
    };
    return this._action('restore', action, undefined, opts) as Promise<void>;
  }

  /**
   * Locates the `snapshot_cdroms` service at `cdroms` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot_cdroms | reference: snapshot_cdroms}
   */
  cdromsService(): SnapshotCdromsService {
    return new SnapshotCdromsService(this.connection, `${this.path}/cdroms`);
  }

  /**
   * Locates the `snapshot_disks` service at `disks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot_disks | reference: snapshot_disks}
   */
  disksService(): SnapshotDisksService {
    return new SnapshotDisksService(this.connection, `${this.path}/disks`);
  }

  /**
   * Locates the `snapshot_nics` service at `nics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/snapshot_nics | reference: snapshot_nics}
   */
  nicsService(): SnapshotNicsService {
    return new SnapshotNicsService(this.connection, `${this.path}/nics`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'cdroms': return this.cdromsService().service(rest);
      case 'disks': return this.disksService().service(rest);
      case 'nics': return this.nicsService().service(rest);
    }
    return super.service(path);
  }
}
