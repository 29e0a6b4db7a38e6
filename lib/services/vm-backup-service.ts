// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { VmBackupDisksService } from './vm-backup-disks-service';

/**
 * Options of {@link VmBackupService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backup/methods/get | reference: vm_backup.get}
 */
export interface VmBackupServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/backups/{backup_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backup/methods/get | reference: vm_backup.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmBackupService.get', { follow: 'string' });
const FINALIZE_PARAMETERS = methodParameters('VmBackupService.finalize', {});

/**
 * The `vm_backup` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/backups/{backup_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).backupsService().backupService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backup | reference: vm_backup}
 * @since API 4.3
 */
export class VmBackupService extends Service {
  /**
   * Retrieves the `backup`: sends `GET /vms/{vm_id}/backups/{backup_id}` and reads the `<backup>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backup/methods/get | reference: vm_backup.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmBackupServiceGetOptions}).
   * @returns The `backup`: `Backup`.
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
   * The `finalize` action: sends `POST /vms/{vm_id}/backups/{backup_id}/finalize` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backup/methods/finalize | reference: vm_backup.finalize}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @since API 4.3
   */
  finalize(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(FINALIZE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('finalize', {}, undefined, opts) as Promise<void>;
  }

  /**
   * Locates the `vm_backup_disks` service at `disks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backup_disks | reference: vm_backup_disks}
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
