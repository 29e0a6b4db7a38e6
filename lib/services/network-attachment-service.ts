// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link NetworkAttachmentService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface NetworkAttachmentServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachment/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link NetworkAttachmentService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface NetworkAttachmentServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachment/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link NetworkAttachmentService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface NetworkAttachmentServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachment/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('NetworkAttachmentService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('NetworkAttachmentService.update', { async: 'boolean' }, ['networkAttachment', t.NetworkAttachment]);
const REMOVE_PARAMETERS = methodParameters('NetworkAttachmentService.remove', { async: 'boolean' });

/**
 * The `network_attachment` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachment}
 */
export class NetworkAttachmentService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachment/methods/get}
   * @returns The `attachment` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachment/methods/get/parameters/attachment}
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
   * Updates the object: `PUT` of `<network_attachment>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachment/methods/update}
   * @param attachment The `attachment` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachment/methods/update/parameters/attachment}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachment/methods/remove}
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
