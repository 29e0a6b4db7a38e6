// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageDomainVmDiskAttachmentService } from './storage-domain-vm-disk-attachment-service';

/**
 * Options of {@link StorageDomainVmDiskAttachmentsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm_disk_attachments/methods/list | reference: storage_domain_vm_disk_attachments.list}
 */
export interface StorageDomainVmDiskAttachmentsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/vms/{vm_id}/diskattachments`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm_disk_attachments/methods/list | reference: storage_domain_vm_disk_attachments.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('StorageDomainVmDiskAttachmentsService.list', { follow: 'string' });

/**
 * The `storage_domain_vm_disk_attachments` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/vms/{vm_id}/diskattachments`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).vmsService().vmService(id).diskAttachmentsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm_disk_attachments | reference: storage_domain_vm_disk_attachments}
 * @since API 4.0.4
 */
export class StorageDomainVmDiskAttachmentsService extends Service {
  /**
   * Lists the `disk_attachment` objects: sends `GET /storagedomains/{storage_domain_id}/vms/{vm_id}/diskattachments` and reads the `<disk_attachments>` the engine answers, one item per `<disk_attachment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm_disk_attachments/methods/list | reference: storage_domain_vm_disk_attachments.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainVmDiskAttachmentsServiceListOptions}).
   * @returns The `attachments`: a list of `DiskAttachment`.
   * @since API 4.0.4
   */
  list(opts: StorageDomainVmDiskAttachmentsServiceListOptions = {}): Promise<List<t.DiskAttachment>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.DiskAttachment>>;
  }

  /**
   * Like {@link StorageDomainVmDiskAttachmentsService.list} (it sends `GET /storagedomains/{storage_domain_id}/vms/{vm_id}/diskattachments` with the same options), but yields
   * each `disk_attachment` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm_disk_attachments/methods/list | reference: storage_domain_vm_disk_attachments.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.0.4
   */
  listStream(opts: StorageDomainVmDiskAttachmentsServiceListOptions = {}): AsyncGenerator<t.DiskAttachment, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'StorageDomainVmDiskAttachmentsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.DiskAttachment, void, undefined>;
  }

  /**
   * Locates the `storage_domain_vm_disk_attachment` service at `{attachment_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm_disk_attachment | reference: storage_domain_vm_disk_attachment}
   * @since API 4.0.4
   */
  attachmentService(id: string | number): StorageDomainVmDiskAttachmentService {
    return new StorageDomainVmDiskAttachmentService(this.connection, `${this.path}/${idSegment(id, 'StorageDomainVmDiskAttachmentsService.attachmentService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.attachmentService(decodeURIComponent(head)).service(rest);
  }
}
