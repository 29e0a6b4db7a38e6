// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmBackupService } from './vm-backup-service';

/**
 * Options of {@link VmBackupsService.add}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backups/methods/add | reference: vm_backups.add}
 */
export interface VmBackupsServiceAddOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `require_consistency` of `POST /vms/{vm_id}/backups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backups/methods/add | reference: vm_backups.add}
   * @since API 4.4.4
   */
  requireConsistency?: boolean;
  /**
   * `boolean`, sent as query parameter `use_active` of `POST /vms/{vm_id}/backups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backups/methods/add | reference: vm_backups.add}
   * @since API 4.5
   */
  useActive?: boolean;
}

/**
 * Options of {@link VmBackupsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backups/methods/list | reference: vm_backups.list}
 */
export interface VmBackupsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vms/{vm_id}/backups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backups/methods/list | reference: vm_backups.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/backups`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backups/methods/list | reference: vm_backups.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VmBackupsService.add', { requireConsistency: 'boolean', useActive: 'boolean' }, ['backup', t.Backup]);
const LIST_PARAMETERS = methodParameters('VmBackupsService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_backups` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/backups`.
 * Reached with `connection.systemService().vmsService().vmService(id).backupsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backups | reference: vm_backups}
 * @since API 4.3
 */
export class VmBackupsService extends Service {
  /**
   * Adds a `backup`: sends `POST /vms/{vm_id}/backups` with it as the `<backup>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `backup.disks`
   *
   * Also accepts: `backup.fromCheckpointId`, `backup.toCheckpointId`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backups/methods/add | reference: vm_backups.add}
   * @param backup The `backup` to send: `BackupInit` (a `Backup` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmBackupsServiceAddOptions}).
   * @returns The `backup` as the engine answers it.
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
   * Lists the `backup` objects: sends `GET /vms/{vm_id}/backups` and reads the `<backups>` the engine answers, one item per `<backup>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backups/methods/list | reference: vm_backups.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmBackupsServiceListOptions}).
   * @returns The `backups`: a list of `Backup`.
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
   * Like {@link VmBackupsService.list} (it sends `GET /vms/{vm_id}/backups` with the same options), but yields
   * each `backup` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backups/methods/list | reference: vm_backups.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.3
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
   * Locates the `vm_backup` service at `{backup_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_backup | reference: vm_backup}
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
