// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { VmBackupDisksService } from './vm-backup-disks-service';

/** Options of {@link VmBackupService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface VmBackupServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backup/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmBackupService.get', { follow: 'string' });
const FINALIZE_PARAMETERS = methodParameters('VmBackupService.finalize', {});

/**
 * The `vm_backup` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backup}
 * @since API 4.3
 */
export class VmBackupService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backup/methods/get}
   * @returns The `backup` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backup/methods/get/parameters/backup}
   * @since API 4.3
   */
  get(opts: VmBackupServiceGetOptions = {}): Promise<t.Backup> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Backup>;
  }

  /**
   * The `finalize` action: `POST` of an `<action>` to `.../finalize`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backup/methods/finalize}
   * @since API 4.3
   */
  finalize(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(FINALIZE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('finalize', {}, undefined, opts) as Promise<void>;
  }

  /**
   * Locates the `disks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backup_disks}); sends no request.
   * @since API 4.3
   */
  disksService(): VmBackupDisksService {
    return new VmBackupDisksService(this.connection, `${this.path}/disks`);
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
