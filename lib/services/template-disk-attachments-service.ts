// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { TemplateDiskAttachmentService } from './template-disk-attachment-service';

/**
 * Options of {@link TemplateDiskAttachmentsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachments/methods/list | reference: template_disk_attachments.list}
 */
export interface TemplateDiskAttachmentsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /templates/{template_id}/diskattachments`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachments/methods/list | reference: template_disk_attachments.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('TemplateDiskAttachmentsService.list', { follow: 'string' });

/**
 * The `template_disk_attachments` service of the API.
 *
 * Path below the API root: `/templates/{template_id}/diskattachments`.
 * Reached with `connection.systemService().templatesService().templateService(id).diskAttachmentsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachments | reference: template_disk_attachments}
 */
export class TemplateDiskAttachmentsService extends Service {
  /**
   * Lists the `disk_attachment` objects: sends `GET /templates/{template_id}/diskattachments` and reads the `<disk_attachments>` the engine answers, one item per `<disk_attachment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachments/methods/list | reference: template_disk_attachments.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateDiskAttachmentsServiceListOptions}).
   * @returns The `attachments`: a list of `DiskAttachment`.
   */
  list(opts: TemplateDiskAttachmentsServiceListOptions = {}): Promise<List<t.DiskAttachment>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.DiskAttachment>>;
  }

  /**
   * Like {@link TemplateDiskAttachmentsService.list} (it sends `GET /templates/{template_id}/diskattachments` with the same options), but yields
   * each `disk_attachment` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachments/methods/list | reference: template_disk_attachments.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: TemplateDiskAttachmentsServiceListOptions = {}): AsyncGenerator<t.DiskAttachment, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'TemplateDiskAttachmentsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.DiskAttachment, void, undefined>;
  }

  /**
   * Locates the `template_disk_attachment` service at `{attachment_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachment | reference: template_disk_attachment}
   */
  attachmentService(id: string | number): TemplateDiskAttachmentService {
    return new TemplateDiskAttachmentService(this.connection, `${this.path}/${idSegment(id, 'TemplateDiskAttachmentsService.attachmentService')}`);
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
