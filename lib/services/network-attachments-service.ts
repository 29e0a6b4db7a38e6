// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { NetworkAttachmentService } from './network-attachment-service';

/**
 * Options of {@link NetworkAttachmentsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachments/methods/list | reference: network_attachments.list}
 */
export interface NetworkAttachmentsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /hosts/{host_id}/networkattachments` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachments/methods/list | reference: network_attachments.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/networkattachments` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachments/methods/list | reference: network_attachments.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('NetworkAttachmentsService.add', {}, ['networkAttachment', t.NetworkAttachment]);
const LIST_PARAMETERS = methodParameters('NetworkAttachmentsService.list', { max: 'integer', follow: 'string' });

/**
 * The `network_attachments` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/networkattachments` (and 1 other, such as `/hosts/{host_id}/nics/{nic_id}/networkattachments`).
 * Reached with `connection.systemService().hostsService().hostService(id).networkAttachmentsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachments | reference: network_attachments}
 */
export class NetworkAttachmentsService extends Service {
  /**
   * Adds a `network_attachment`: sends `POST /hosts/{host_id}/networkattachments` (or the same below any other of the service's 2 paths) with it as the `<network_attachment>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `attachment.network.name` or `attachment.network.id`
   *
   * Also accepts: `attachment.properties[].name`, `attachment.properties[].value`, `attachment.ipAddressAssignments[].assignmentMethod`, `attachment.ipAddressAssignments[].ip.address`, `attachment.ipAddressAssignments[].ip.gateway`, `attachment.ipAddressAssignments[].ip.netmask`, `attachment.ipAddressAssignments[].ip.version`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachments/methods/add | reference: network_attachments.add}
   * @param attachment The `attachment` to send: `NetworkAttachmentInit` (a `NetworkAttachment` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `network_attachment` as the engine answers it.
   */
  add(attachment: t.NetworkAttachmentInit, opts: RequestOptions = {}): Promise<t.NetworkAttachment> {
    const refused = checkParameters(ADD_PARAMETERS, opts, attachment);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(attachment, 'network_attachment', {}, opts) as Promise<t.NetworkAttachment>;
  }

  /**
   * Lists the `network_attachment` objects: sends `GET /hosts/{host_id}/networkattachments` (or the same below any other of the service's 2 paths) and reads the `<network_attachments>` the engine answers, one item per `<network_attachment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachments/methods/list | reference: network_attachments.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NetworkAttachmentsServiceListOptions}).
   * @returns The `attachments`: a list of `NetworkAttachment`.
   */
  list(opts: NetworkAttachmentsServiceListOptions = {}): Promise<List<t.NetworkAttachment>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.NetworkAttachment>>;
  }

  /**
   * Like {@link NetworkAttachmentsService.list} (it sends `GET /hosts/{host_id}/networkattachments` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `network_attachment` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachments/methods/list | reference: network_attachments.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: NetworkAttachmentsServiceListOptions = {}): AsyncGenerator<t.NetworkAttachment, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'NetworkAttachmentsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.NetworkAttachment, void, undefined>;
  }

  /**
   * Locates the `network_attachment` service at `{attachment_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachment | reference: network_attachment}
   */
  attachmentService(id: string | number): NetworkAttachmentService {
    return new NetworkAttachmentService(this.connection, `${this.path}/${idSegment(id, 'NetworkAttachmentsService.attachmentService')}`);
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
