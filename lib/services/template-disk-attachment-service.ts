// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link TemplateDiskAttachmentService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachment/methods/get | reference: template_disk_attachment.get}
 */
export interface TemplateDiskAttachmentServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /templates/{template_id}/diskattachments/{attachment_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachment/methods/get | reference: template_disk_attachment.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link TemplateDiskAttachmentService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachment/methods/remove | reference: template_disk_attachment.remove}
 */
export interface TemplateDiskAttachmentServiceRemoveOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `storage_domain` of `DELETE /templates/{template_id}/diskattachments/{attachment_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachment/methods/remove | reference: template_disk_attachment.remove}
   */
  storageDomain?: string;
  /**
   * `boolean`, sent as query parameter `force` of `DELETE /templates/{template_id}/diskattachments/{attachment_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachment/methods/remove | reference: template_disk_attachment.remove}
   */
  force?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('TemplateDiskAttachmentService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('TemplateDiskAttachmentService.remove', { storageDomain: 'string', force: 'boolean' });

/**
 * The `template_disk_attachment` service of the API.
 *
 * Path below the API root: `/templates/{template_id}/diskattachments/{attachment_id}`.
 * Reached with `connection.systemService().templatesService().templateService(id).diskAttachmentsService().attachmentService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachment | reference: template_disk_attachment}
 */
export class TemplateDiskAttachmentService extends Service {
  /**
   * Retrieves the `disk_attachment`: sends `GET /templates/{template_id}/diskattachments/{attachment_id}` and reads the `<disk_attachment>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachment/methods/get | reference: template_disk_attachment.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateDiskAttachmentServiceGetOptions}).
   * @returns The `attachment`: `DiskAttachment`.
   */
  get(opts: TemplateDiskAttachmentServiceGetOptions = {}): Promise<t.DiskAttachment> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.DiskAttachment>;
  }

  /**
   * Removes: sends `DELETE /templates/{template_id}/diskattachments/{attachment_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk_attachment/methods/remove | reference: template_disk_attachment.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateDiskAttachmentServiceRemoveOptions}).
   */
  remove(opts: TemplateDiskAttachmentServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      storage_domain: opts.storageDomain,
      force: opts.force,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
