// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link StorageDomainVmDiskAttachmentService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm_disk_attachment/methods/get | reference: storage_domain_vm_disk_attachment.get}
 */
export interface StorageDomainVmDiskAttachmentServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/vms/{vm_id}/diskattachments/{attachment_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm_disk_attachment/methods/get | reference: storage_domain_vm_disk_attachment.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageDomainVmDiskAttachmentService.get', { follow: 'string' });

/**
 * The `storage_domain_vm_disk_attachment` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/vms/{vm_id}/diskattachments/{attachment_id}`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).vmsService().vmService(id).diskAttachmentsService().attachmentService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm_disk_attachment | reference: storage_domain_vm_disk_attachment}
 * @since API 4.0.4
 */
export class StorageDomainVmDiskAttachmentService extends Service {
  /**
   * Retrieves the `disk_attachment`: sends `GET /storagedomains/{storage_domain_id}/vms/{vm_id}/diskattachments/{attachment_id}` and reads the `<disk_attachment>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm_disk_attachment/methods/get | reference: storage_domain_vm_disk_attachment.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainVmDiskAttachmentServiceGetOptions}).
   * @returns The `attachment`: `DiskAttachment`.
   * @since API 4.0.4
   */
  get(opts: StorageDomainVmDiskAttachmentServiceGetOptions = {}): Promise<t.DiskAttachment> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.DiskAttachment>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
