// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DiskAttachmentService } from './disk-attachment-service';

/** Options of {@link DiskAttachmentsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskAttachmentsServiceListOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachments/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_SIGNATURE1_PARAMETERS = methodParameters('DiskAttachmentsService.addSignature1', {}, ['diskAttachment', t.DiskAttachment]);
const ADD_PROVIDING_DISK_ID_PARAMETERS = methodParameters('DiskAttachmentsService.addProvidingDiskId', {}, ['diskAttachment', t.DiskAttachment]);
const ADD_PARAMETERS = methodParameters('DiskAttachmentsService.add', {}, ['diskAttachment', t.DiskAttachment]);
const LIST_PARAMETERS = methodParameters('DiskAttachmentsService.list', { follow: 'string' });

/**
 * The `disk_attachments` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachments}
 */
export class DiskAttachmentsService extends Service {
  /**
   * Adds an object: `POST` of `<disk_attachment>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachments/methods/add_signature1}
   * @param attachment The `attachment` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachments/methods/add_signature1/parameters/attachment}
   */
  addSignature1(attachment: t.DiskAttachmentInit, opts: RequestOptions = {}): Promise<t.DiskAttachment> {
    const refused = checkParameters(ADD_SIGNATURE1_PARAMETERS, opts, attachment);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(attachment, 'disk_attachment', {}, opts) as Promise<t.DiskAttachment>;
  }

  /**
   * Adds an object: `POST` of `<disk_attachment>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachments/methods/add_providing_disk_id}
   * @param attachment The `attachment` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachments/methods/add_providing_disk_id/parameters/attachment}
   */
  addProvidingDiskId(attachment: t.DiskAttachmentInit, opts: RequestOptions = {}): Promise<t.DiskAttachment> {
    const refused = checkParameters(ADD_PROVIDING_DISK_ID_PARAMETERS, opts, attachment);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(attachment, 'disk_attachment', {}, opts) as Promise<t.DiskAttachment>;
  }

  /**
   * Adds an object: `POST` of `<disk_attachment>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachments/methods/add}
   * @param attachment The `attachment` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachments/methods/add/parameters/attachment}
   */
  add(attachment: t.DiskAttachmentInit, opts: RequestOptions = {}): Promise<t.DiskAttachment> {
    const refused = checkParameters(ADD_PARAMETERS, opts, attachment);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(attachment, 'disk_attachment', {}, opts) as Promise<t.DiskAttachment>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachments/methods/list}
   * @returns The `attachments` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachments/methods/list/parameters/attachments}
   */
  list(opts: DiskAttachmentsServiceListOptions = {}): Promise<List<t.DiskAttachment>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.DiskAttachment>>;
  }

  /**
   * Like {@link DiskAttachmentsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachments/methods/list}
   */
  listStream(opts: DiskAttachmentsServiceListOptions = {}): AsyncGenerator<t.DiskAttachment, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'DiskAttachmentsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.DiskAttachment, void, undefined>;
  }

  /** Locates the `attachment` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachment}); sends no request. */
  attachmentService(id: string | number): DiskAttachmentService {
    return new DiskAttachmentService(this.connection, `${this.path}/${idSegment(id, 'DiskAttachmentsService.attachmentService')}`);
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
