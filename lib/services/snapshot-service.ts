// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { SnapshotCdromsService } from './snapshot-cdroms-service';
import { SnapshotDisksService } from './snapshot-disks-service';
import { SnapshotNicsService } from './snapshot-nics-service';

/** Options of {@link SnapshotService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface SnapshotServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link SnapshotService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface SnapshotServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot/methods/remove/parameters/async} */
  async?: boolean;
  /**
   * The `all_content` parameter (query parameter `all_content`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot/methods/remove/parameters/all_content}
   * @since API 4.2
   */
  allContent?: boolean;
}

/** Options of {@link SnapshotService.restore}: the method's parameters, plus extra `query` and `headers`. */
export interface SnapshotServiceRestoreOptions extends RequestOptions {
  /** The `disks` parameter (`<disks>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot/methods/restore/parameters/disks} */
  disks?: t.DiskInit[];
  /** The `restore_memory` parameter (`<restore_memory>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot/methods/restore/parameters/restore_memory} */
  restoreMemory?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot/methods/restore/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('SnapshotService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('SnapshotService.remove', { async: 'boolean', allContent: 'boolean' });
const RESTORE_PARAMETERS = methodParameters('SnapshotService.restore', { disks: [t.Disk], restoreMemory: 'boolean', async: 'boolean' });

/**
 * The `snapshot` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot}
 */
export class SnapshotService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot/methods/get}
   * @returns The `snapshot` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot/methods/get/parameters/snapshot}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot/methods/remove}
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
   * The `restore` action: `POST` of an `<action>` to `.../restore`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot/methods/restore}
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

  /** Locates the `cdroms` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot_cdroms}); sends no request. */
  cdromsService(): SnapshotCdromsService {
    return new SnapshotCdromsService(this.connection, `${this.path}/cdroms`);
  }

  /** Locates the `disks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot_disks}); sends no request. */
  disksService(): SnapshotDisksService {
    return new SnapshotDisksService(this.connection, `${this.path}/disks`);
  }

  /** Locates the `nics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/snapshot_nics}); sends no request. */
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
