// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AttachedStorageDomainDiskService } from './attached-storage-domain-disk-service';

/**
 * Options of {@link AttachedStorageDomainDisksService.add}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain_disks/methods/add | reference: attached_storage_domain_disks.add}
 */
export interface AttachedStorageDomainDisksServiceAddOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `unregistered` of `POST /datacenters/{data_center_id}/storagedomains/{storage_domain_id}/disks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain_disks/methods/add | reference: attached_storage_domain_disks.add}
   */
  unregistered?: boolean;
}

/**
 * Options of {@link AttachedStorageDomainDisksService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain_disks/methods/list | reference: attached_storage_domain_disks.list}
 */
export interface AttachedStorageDomainDisksServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /datacenters/{data_center_id}/storagedomains/{storage_domain_id}/disks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain_disks/methods/list | reference: attached_storage_domain_disks.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/storagedomains/{storage_domain_id}/disks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain_disks/methods/list | reference: attached_storage_domain_disks.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AttachedStorageDomainDisksService.add', { unregistered: 'boolean' }, ['disk', t.Disk]);
const LIST_PARAMETERS = methodParameters('AttachedStorageDomainDisksService.list', { max: 'integer', follow: 'string' });

/**
 * The `attached_storage_domain_disks` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/storagedomains/{storage_domain_id}/disks`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).storageDomainsService().storageDomainService(id).disksService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain_disks | reference: attached_storage_domain_disks}
 */
export class AttachedStorageDomainDisksService extends Service {
  /**
   * Adds a `disk`: sends `POST /datacenters/{data_center_id}/storagedomains/{storage_domain_id}/disks` with it as the `<disk>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain_disks/methods/add | reference: attached_storage_domain_disks.add}
   * @param disk The `disk` to send: `DiskInit` (a `Disk` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AttachedStorageDomainDisksServiceAddOptions}).
   * @returns The `disk` as the engine answers it.
   * @deprecated The API model marks it deprecated.
   */
  add(disk: t.DiskInit, opts: AttachedStorageDomainDisksServiceAddOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(ADD_PARAMETERS, opts, disk);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      unregistered: opts.unregistered,
    };
    return this._add(disk, 'disk', query, opts) as Promise<t.Disk>;
  }

  /**
   * Lists the `disk` objects: sends `GET /datacenters/{data_center_id}/storagedomains/{storage_domain_id}/disks` and reads the `<disks>` the engine answers, one item per `<disk>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain_disks/methods/list | reference: attached_storage_domain_disks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AttachedStorageDomainDisksServiceListOptions}).
   * @returns The `disks`: a list of `Disk`.
   */
  list(opts: AttachedStorageDomainDisksServiceListOptions = {}): Promise<List<t.Disk>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Disk>>;
  }

  /**
   * Like {@link AttachedStorageDomainDisksService.list} (it sends `GET /datacenters/{data_center_id}/storagedomains/{storage_domain_id}/disks` with the same options), but yields
   * each `disk` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain_disks/methods/list | reference: attached_storage_domain_disks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: AttachedStorageDomainDisksServiceListOptions = {}): AsyncGenerator<t.Disk, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AttachedStorageDomainDisksService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Disk, void, undefined>;
  }

  /**
   * Locates the `attached_storage_domain_disk` service at `{disk_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain_disk | reference: attached_storage_domain_disk}
   */
  diskService(id: string | number): AttachedStorageDomainDiskService {
    return new AttachedStorageDomainDiskService(this.connection, `${this.path}/${idSegment(id, 'AttachedStorageDomainDisksService.diskService')}`);
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
