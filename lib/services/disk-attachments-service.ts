// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { DiskAttachmentService } from './disk-attachment-service';

/**
 * Options of {@link DiskAttachmentsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachments/methods/list | reference: disk_attachments.list}
 */
export interface DiskAttachmentsServiceListOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/diskattachments`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachments/methods/list | reference: disk_attachments.list}
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
 * The `disk_attachments` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/diskattachments`.
 * Reached with `connection.systemService().vmsService().vmService(id).diskAttachmentsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachments | reference: disk_attachments}
 */
export class DiskAttachmentsService extends Service {
  /**
   * Adds a `disk_attachment`: sends `POST /vms/{vm_id}/diskattachments` with it as the `<disk_attachment>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `attachment.disk.id` is not given and `attachment.disk.lunStorage` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `attachment.disk.lunStorage.type`
   * - when `attachment.disk.lunStorage.type` is `iscsi`: `attachment.disk.lunStorage.logicalUnits[].address`, `attachment.disk.lunStorage.logicalUnits[].target`, `attachment.disk.lunStorage.logicalUnits[].port`, `attachment.disk.lunStorage.logicalUnits[].id`
   *
   * Rule: the engine's check, BackendDiskAttachmentsResource.add -> createDisk -> validateDiskForCreation: validateParameters(disk.lunStorage, "type") for a new direct LUN disk.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachments/methods/add | reference: disk_attachments.add}
   * @param attachment The `attachment` to send: `DiskAttachmentInit` (a `DiskAttachment` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `disk_attachment` as the engine answers it.
   */
  addSignature1(attachment: t.DiskAttachmentInit, opts: RequestOptions = {}): Promise<t.DiskAttachment> {
    const refused = checkParameters(ADD_SIGNATURE1_PARAMETERS, opts, attachment);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(attachment, 'disk_attachment', {}, opts) as Promise<t.DiskAttachment>;
  }

  /**
   * Adds a `disk_attachment`: sends `POST /vms/{vm_id}/diskattachments` with it as the `<disk_attachment>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `attachment.disk.id` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `attachment.disk.id`
   *
   * Rule: the engine's check, BackendDiskAttachmentsResource.add -> attachDiskToVm: an existing disk (disk.id) is attached; no other member is checked.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachments/methods/add | reference: disk_attachments.add}
   * @param attachment The `attachment` to send: `DiskAttachmentInit` (a `DiskAttachment` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `disk_attachment` as the engine answers it.
   */
  addProvidingDiskId(attachment: t.DiskAttachmentInit, opts: RequestOptions = {}): Promise<t.DiskAttachment> {
    const refused = checkParameters(ADD_PROVIDING_DISK_ID_PARAMETERS, opts, attachment);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(attachment, 'disk_attachment', {}, opts) as Promise<t.DiskAttachment>;
  }

  /**
   * Adds a `disk_attachment`: sends `POST /vms/{vm_id}/diskattachments` with it as the `<disk_attachment>` body, and reads the object the engine answers.
   *
   * Its signatures send the same request for particular cases: `addSignature1` (when `attachment.disk.id` is not given and `attachment.disk.lunStorage` is given), `addProvidingDiskId` (when `attachment.disk.id` is given).
   *
   * Needs (the engine refuses the request without them):
   * - `attachment.disk.provisionedSize`
   * - `attachment.disk.format`
   *
   * Rule: the engine's check, BackendDiskAttachmentsResource.add -> createDisk -> validateDiskForCreation: validateParameters(disk, "provisionedSize|size", "format") for a new disk that is not a direct LUN.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachments/methods/add | reference: disk_attachments.add}
   * @param attachment The `attachment` to send: `DiskAttachmentInit` (a `DiskAttachment` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `disk_attachment` as the engine answers it.
   */
  add(attachment: t.DiskAttachmentInit, opts: RequestOptions = {}): Promise<t.DiskAttachment> {
    const refused = checkParameters(ADD_PARAMETERS, opts, attachment);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(attachment, 'disk_attachment', {}, opts) as Promise<t.DiskAttachment>;
  }

  /**
   * Lists the `disk_attachment` objects: sends `GET /vms/{vm_id}/diskattachments` and reads the `<disk_attachments>` the engine answers, one item per `<disk_attachment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachments/methods/list | reference: disk_attachments.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link DiskAttachmentsServiceListOptions}).
   * @returns The `attachments`: a list of `DiskAttachment`.
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
   * Like {@link DiskAttachmentsService.list} (it sends `GET /vms/{vm_id}/diskattachments` with the same options), but yields
   * each `disk_attachment` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachments/methods/list | reference: disk_attachments.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: DiskAttachmentsServiceListOptions = {}): AsyncGenerator<t.DiskAttachment, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'DiskAttachmentsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.DiskAttachment, void, undefined>;
  }

  /**
   * Locates the `disk_attachment` service at `{attachment_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_attachment | reference: disk_attachment}
   */
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
