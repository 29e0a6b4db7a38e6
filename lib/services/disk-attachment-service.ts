// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link DiskAttachmentService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachment/methods/get | reference: disk_attachment.get}
 */
export interface DiskAttachmentServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/diskattachments/{attachment_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachment/methods/get | reference: disk_attachment.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link DiskAttachmentService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachment/methods/remove | reference: disk_attachment.remove}
 */
export interface DiskAttachmentServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `detach_only` of `DELETE /vms/{vm_id}/diskattachments/{attachment_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachment/methods/remove | reference: disk_attachment.remove}
   */
  detachOnly?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('DiskAttachmentService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('DiskAttachmentService.remove', { detachOnly: 'boolean' });
const UPDATE_PARAMETERS = methodParameters('DiskAttachmentService.update', {}, ['diskAttachment', t.DiskAttachment]);

/**
 * The `disk_attachment` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/diskattachments/{attachment_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).diskAttachmentsService().attachmentService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachment | reference: disk_attachment}
 */
export class DiskAttachmentService extends Service {
  /**
   * Retrieves the `disk_attachment`: sends `GET /vms/{vm_id}/diskattachments/{attachment_id}` and reads the `<disk_attachment>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachment/methods/get | reference: disk_attachment.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskAttachmentServiceGetOptions}).
   * @returns The `attachment`: `DiskAttachment`.
   */
  get(opts: DiskAttachmentServiceGetOptions = {}): Promise<t.DiskAttachment> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.DiskAttachment>;
  }

  /**
   * Removes: sends `DELETE /vms/{vm_id}/diskattachments/{attachment_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachment/methods/remove | reference: disk_attachment.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskAttachmentServiceRemoveOptions}).
   */
  remove(opts: DiskAttachmentServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      detach_only: opts.detachOnly,
    };
    return this._remove(query, opts);
  }

  /**
   * Updates the `disk_attachment`: sends `PUT /vms/{vm_id}/diskattachments/{attachment_id}` with the `<disk_attachment>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `diskAttachment.disk.alias`, `diskAttachment.bootable`, `diskAttachment.description`, `diskAttachment.disk.diskProfile.id`, `diskAttachment.disk.format`, `diskAttachment.name`, `diskAttachment.disk.propagateErrors`, `diskAttachment.disk.provisionedSize`, `diskAttachment.disk.quota.id`, `diskAttachment.disk.readOnly`, `diskAttachment.disk.sgio`, `diskAttachment.disk.shareable`, `diskAttachment.disk.sparse`, `diskAttachment.usesScsiReservation`, `diskAttachment.disk.wipeAfterDelete`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachment/methods/update | reference: disk_attachment.update}
   * @param diskAttachment The `disk_attachment` to send: `DiskAttachmentInit` (a `DiskAttachment` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `disk_attachment` as the engine answers it.
   */
  update(diskAttachment: t.DiskAttachmentInit, opts: RequestOptions = {}): Promise<t.DiskAttachment> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, diskAttachment);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(diskAttachment, 'disk_attachment', {}, opts) as Promise<t.DiskAttachment>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
