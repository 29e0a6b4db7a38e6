// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageDomainContentDiskService } from './storage-domain-content-disk-service';

/**
 * Options of {@link StorageDomainContentDisksService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disks/methods/list | reference: storage_domain_content_disks.list}
 */
export interface StorageDomainContentDisksServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /storagedomains/{storage_domain_id}/templates/{template_id}/disks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disks/methods/list | reference: storage_domain_content_disks.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /storagedomains/{storage_domain_id}/templates/{template_id}/disks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disks/methods/list | reference: storage_domain_content_disks.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /storagedomains/{storage_domain_id}/templates/{template_id}/disks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disks/methods/list | reference: storage_domain_content_disks.list}
   */
  caseSensitive?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/templates/{template_id}/disks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disks/methods/list | reference: storage_domain_content_disks.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('StorageDomainContentDisksService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', follow: 'string' });

/**
 * The `storage_domain_content_disks` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/templates/{template_id}/disks` (and 1 other, such as `/storagedomains/{storage_domain_id}/vms/{vm_id}/disks`).
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).templatesService().templateService(id).disksService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disks | reference: storage_domain_content_disks}
 */
export class StorageDomainContentDisksService extends Service {
  /**
   * Lists the `disk` objects: sends `GET /storagedomains/{storage_domain_id}/templates/{template_id}/disks` (or the same below any other of the service's 2 paths) and reads the `<disks>` the engine answers, one item per `<disk>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disks/methods/list | reference: storage_domain_content_disks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainContentDisksServiceListOptions}).
   * @returns The `disks`: a list of `Disk`.
   */
  list(opts: StorageDomainContentDisksServiceListOptions = {}): Promise<List<t.Disk>> {
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
   * Like {@link StorageDomainContentDisksService.list} (it sends `GET /storagedomains/{storage_domain_id}/templates/{template_id}/disks` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `disk` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disks/methods/list | reference: storage_domain_content_disks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: StorageDomainContentDisksServiceListOptions = {}): AsyncGenerator<t.Disk, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'StorageDomainContentDisksService.listStream');
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
   * Locates the `storage_domain_content_disk` service at `{disk_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disk | reference: storage_domain_content_disk}
   */
  diskService(id: string | number): StorageDomainContentDiskService {
    return new StorageDomainContentDiskService(this.connection, `${this.path}/${idSegment(id, 'StorageDomainContentDisksService.diskService')}`);
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
