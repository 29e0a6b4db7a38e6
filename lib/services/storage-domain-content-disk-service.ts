// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link StorageDomainContentDiskService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disk/methods/get | reference: storage_domain_content_disk.get}
 */
export interface StorageDomainContentDiskServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /storagedomains/{storage_domain_id}/templates/{template_id}/disks/{disk_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disk/methods/get | reference: storage_domain_content_disk.get}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/templates/{template_id}/disks/{disk_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disk/methods/get | reference: storage_domain_content_disk.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageDomainContentDiskService.get', { filter: 'boolean', follow: 'string' });

/**
 * The `storage_domain_content_disk` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/templates/{template_id}/disks/{disk_id}` (and 1 other, such as `/storagedomains/{storage_domain_id}/vms/{vm_id}/disks/{disk_id}`).
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).templatesService().templateService(id).disksService().diskService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disk | reference: storage_domain_content_disk}
 */
export class StorageDomainContentDiskService extends Service {
  /**
   * Retrieves the `disk`: sends `GET /storagedomains/{storage_domain_id}/templates/{template_id}/disks/{disk_id}` (or the same below any other of the service's 2 paths) and reads the `<disk>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disk/methods/get | reference: storage_domain_content_disk.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainContentDiskServiceGetOptions}).
   * @returns The `disk`: `Disk`.
   */
  get(opts: StorageDomainContentDiskServiceGetOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Disk>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
