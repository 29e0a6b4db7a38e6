// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DiskService } from './disk-service';

/**
 * Options of {@link DisksService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disks/methods/list | reference: disks.list}
 */
export interface DisksServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /disks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disks/methods/list | reference: disks.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /disks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disks/methods/list | reference: disks.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /disks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disks/methods/list | reference: disks.list}
   */
  caseSensitive?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /disks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disks/methods/list | reference: disks.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_ON_STORAGE_DOMAIN_PARAMETERS = methodParameters('DisksService.addOnStorageDomain', {}, ['disk', t.Disk]);
const ADD_LUN_PARAMETERS = methodParameters('DisksService.addLun', {}, ['disk', t.Disk]);
const ADD_PARAMETERS = methodParameters('DisksService.add', {}, ['disk', t.Disk]);
const LIST_PARAMETERS = methodParameters('DisksService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });

/**
 * The `disks` service of the API.
 *
 * Path below the API root: `/disks`.
 * Reached with `connection.systemService().disksService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disks | reference: disks}
 */
export class DisksService extends Service {
  /**
   * Adds a `disk`: sends `POST /disks` with it as the `<disk>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `disk.storageDomains` is given and `disk.lunStorage` is not given.
   *
   * Needs (the engine refuses the request without them):
   * - `disk.provisionedSize`
   * - `disk.format`
   *
   * Also accepts: `disk.storageDomains[].id` or `disk.storageDomains[].name`, `disk.diskProfile.id`, `disk.name`, `disk.openstackVolumeType.name`.
   *
   * Rule: the engine's check, BackendDisksResource.add -> validateDiskForCreation: validateParameters(disk, "provisionedSize|size", "format"); the storage domain (storage_domains[0] by id or name) is only looked up.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disks/methods/add | reference: disks.add}
   * @param disk The `disk` to send: `DiskInit` (a `Disk` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `disk` as the engine answers it.
   */
  addOnStorageDomain(disk: t.DiskInit, opts: RequestOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(ADD_ON_STORAGE_DOMAIN_PARAMETERS, opts, disk);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(disk, 'disk', {}, opts) as Promise<t.Disk>;
  }

  /**
   * Adds a `disk`: sends `POST /disks` with it as the `<disk>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `disk.lunStorage` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `disk.lunStorage.type`
   * - when `disk.lunStorage.type` is `iscsi`: `disk.lunStorage.logicalUnits[].address`, `disk.lunStorage.logicalUnits[].target`, `disk.lunStorage.logicalUnits[].port`, `disk.lunStorage.logicalUnits[].id`
   *
   * Also accepts: `disk.sgio`.
   *
   * Rule: the engine's check, BackendDisksResource.validateDiskForCreation: validateParameters(disk.lunStorage, "type") for a direct LUN disk.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disks/methods/add | reference: disks.add}
   * @param disk The `disk` to send: `DiskInit` (a `Disk` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `disk` as the engine answers it.
   */
  addLun(disk: t.DiskInit, opts: RequestOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(ADD_LUN_PARAMETERS, opts, disk);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(disk, 'disk', {}, opts) as Promise<t.Disk>;
  }

  /**
   * Adds a `disk`: sends `POST /disks` with it as the `<disk>` body, and reads the object the engine answers.
   *
   * Its signatures send the same request for particular cases: `addOnStorageDomain` (when `disk.storageDomains` is given and `disk.lunStorage` is not given), `addLun` (when `disk.lunStorage` is given).
   *
   * Needs (the engine refuses the request without them):
   * - `disk.provisionedSize`
   * - `disk.format`
   *
   * Also accepts: `disk.alias`, `disk.bootable`, `disk.description`, `disk.propagateErrors`, `disk.quota.id`, `disk.shareable`, `disk.sparse`, `disk.wipeAfterDelete`, `disk.id`, `disk.imageId`.
   *
   * Rule: the engine's check, BackendDisksResource.add -> validateDiskForCreation: validateParameters(disk, "provisionedSize|size", "format") for a disk that is not a direct LUN.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disks/methods/add | reference: disks.add}
   * @param disk The `disk` to send: `DiskInit` (a `Disk` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `disk` as the engine answers it.
   */
  add(disk: t.DiskInit, opts: RequestOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(ADD_PARAMETERS, opts, disk);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(disk, 'disk', {}, opts) as Promise<t.Disk>;
  }

  /**
   * Lists the `disk` objects: sends `GET /disks` and reads the `<disks>` the engine answers, one item per `<disk>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disks/methods/list | reference: disks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DisksServiceListOptions}).
   * @returns The `disks`: a list of `Disk`.
   */
  list(opts: DisksServiceListOptions = {}): Promise<List<t.Disk>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Disk>>;
  }

  /**
   * Like {@link DisksService.list} (it sends `GET /disks` with the same options), but yields
   * each `disk` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disks/methods/list | reference: disks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: DisksServiceListOptions = {}): AsyncGenerator<t.Disk, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'DisksService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Disk, void, undefined>;
  }

  /**
   * Locates the `disk` service at `{disk_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk | reference: disk}
   */
  diskService(id: string | number): DiskService {
    return new DiskService(this.connection, `${this.path}/${idSegment(id, 'DisksService.diskService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.diskService(decodeURIComponent(head)).service(rest);
  }
}
