// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link NetworkAttachmentService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachment/methods/get | reference: network_attachment.get}
 */
export interface NetworkAttachmentServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/networkattachments/{attachment_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachment/methods/get | reference: network_attachment.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link NetworkAttachmentService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachment/methods/update | reference: network_attachment.update}
 */
export interface NetworkAttachmentServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /hosts/{host_id}/networkattachments/{attachment_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachment/methods/update | reference: network_attachment.update}
   */
  async?: boolean;
}

/**
 * Options of {@link NetworkAttachmentService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachment/methods/remove | reference: network_attachment.remove}
 */
export interface NetworkAttachmentServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /hosts/{host_id}/networkattachments/{attachment_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachment/methods/remove | reference: network_attachment.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('NetworkAttachmentService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('NetworkAttachmentService.update', { async: 'boolean' }, ['networkAttachment', t.NetworkAttachment]);
const REMOVE_PARAMETERS = methodParameters('NetworkAttachmentService.remove', { async: 'boolean' });

/**
 * The `network_attachment` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/networkattachments/{attachment_id}` (and 1 other, such as `/hosts/{host_id}/nics/{nic_id}/networkattachments/{attachment_id}`).
 * Reached with `connection.systemService().hostsService().hostService(id).networkAttachmentsService().attachmentService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachment | reference: network_attachment}
 */
export class NetworkAttachmentService extends Service {
  /**
   * Retrieves the `network_attachment`: sends `GET /hosts/{host_id}/networkattachments/{attachment_id}` (or the same below any other of the service's 2 paths) and reads the `<network_attachment>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachment/methods/get | reference: network_attachment.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NetworkAttachmentServiceGetOptions}).
   * @returns The `attachment`: `NetworkAttachment`.
   */
  get(opts: NetworkAttachmentServiceGetOptions = {}): Promise<t.NetworkAttachment> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.NetworkAttachment>;
  }

  /**
   * Updates the `network_attachment`: sends `PUT /hosts/{host_id}/networkattachments/{attachment_id}` (or the same below any other of the service's 2 paths) with the `<network_attachment>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `attachment.properties[].name`, `attachment.properties[].value`, `attachment.ipAddressAssignments[].assignmentMethod`, `attachment.ipAddressAssignments[].ip.address`, `attachment.ipAddressAssignments[].ip.gateway`, `attachment.ipAddressAssignments[].ip.netmask`, `attachment.ipAddressAssignments[].ip.version`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachment/methods/update | reference: network_attachment.update}
   * @param attachment The `attachment` to send: `NetworkAttachmentInit` (a `NetworkAttachment` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NetworkAttachmentServiceUpdateOptions}).
   * @returns The `network_attachment` as the engine answers it.
   */
  update(attachment: t.NetworkAttachmentInit, opts: NetworkAttachmentServiceUpdateOptions = {}): Promise<t.NetworkAttachment> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, attachment);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(attachment, 'network_attachment', query, opts) as Promise<t.NetworkAttachment>;
  }

  /**
   * Removes: sends `DELETE /hosts/{host_id}/networkattachments/{attachment_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachment/methods/remove | reference: network_attachment.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link NetworkAttachmentServiceRemoveOptions}).
   */
  remove(opts: NetworkAttachmentServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
