// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageDomainVmDiskAttachmentService } from './storage-domain-vm-disk-attachment-service';

/** Options of {@link StorageDomainVmDiskAttachmentsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainVmDiskAttachmentsServiceListOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm_disk_attachments/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('StorageDomainVmDiskAttachmentsService.list', { follow: 'string' });

/**
 * The `storage_domain_vm_disk_attachments` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm_disk_attachments}
 * @since API 4.0.4
 */
export class StorageDomainVmDiskAttachmentsService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm_disk_attachments/methods/list}
   * @returns The `attachments` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm_disk_attachments/methods/list/parameters/attachments}
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
   * Like {@link StorageDomainVmDiskAttachmentsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm_disk_attachments/methods/list}
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
   * Locates the `attachment` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_vm_disk_attachment}); sends no request.
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
