// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmBackupService } from './vm-backup-service';

/** Options of {@link VmBackupsService.add}: the method's parameters, plus extra `query` and `headers`. */
export interface VmBackupsServiceAddOptions extends RequestOptions {
  /**
   * The `require_consistency` parameter (query parameter `require_consistency`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backups/methods/add/parameters/require_consistency}
   * @since API 4.4.4
   */
  requireConsistency?: boolean;
  /**
   * The `use_active` parameter (query parameter `use_active`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backups/methods/add/parameters/use_active}
   * @since API 4.5
   */
  useActive?: boolean;
}

/** Options of {@link VmBackupsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface VmBackupsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backups/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backups/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VmBackupsService.add', { requireConsistency: 'boolean', useActive: 'boolean' }, ['backup', t.Backup]);
const LIST_PARAMETERS = methodParameters('VmBackupsService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_backups` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backups}
 * @since API 4.3
 */
export class VmBackupsService extends Service {
  /**
   * Adds an object: `POST` of `<backup>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backups/methods/add}
   * @param backup The `backup` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backups/methods/add/parameters/backup}
   * @since API 4.3
   */
  add(backup: t.BackupInit, opts: VmBackupsServiceAddOptions = {}): Promise<t.Backup> {
    const refused = checkParameters(ADD_PARAMETERS, opts, backup);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      require_consistency: opts.requireConsistency,
      use_active: opts.useActive,
    };
    return this._add(backup, 'backup', query, opts) as Promise<t.Backup>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backups/methods/list}
   * @returns The `backups` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backups/methods/list/parameters/backups}
   * @since API 4.3
   */
  list(opts: VmBackupsServiceListOptions = {}): Promise<List<t.Backup>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Backup>>;
  }

  /**
   * Like {@link VmBackupsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backups/methods/list}
   */
  listStream(opts: VmBackupsServiceListOptions = {}): AsyncGenerator<t.Backup, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmBackupsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Backup, void, undefined>;
  }

  /**
   * Locates the `backup` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_backup}); sends no request.
   * @since API 4.3
   */
  backupService(id: string | number): VmBackupService {
    return new VmBackupService(this.connection, `${this.path}/${idSegment(id, 'VmBackupsService.backupService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.backupService(decodeURIComponent(head)).service(rest);
  }
}
