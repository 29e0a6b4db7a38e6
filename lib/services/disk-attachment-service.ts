// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link DiskAttachmentService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskAttachmentServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachment/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link DiskAttachmentService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface DiskAttachmentServiceRemoveOptions extends RequestOptions {
  /** The `detach_only` parameter (query parameter `detach_only`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachment/methods/remove/parameters/detach_only} */
  detachOnly?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('DiskAttachmentService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('DiskAttachmentService.remove', { detachOnly: 'boolean' });
const UPDATE_PARAMETERS = methodParameters('DiskAttachmentService.update', {}, ['diskAttachment', t.DiskAttachment]);

/**
 * The `disk_attachment` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachment}
 */
export class DiskAttachmentService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachment/methods/get}
   * @returns The `attachment` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachment/methods/get/parameters/attachment}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachment/methods/remove}
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
   * Updates the object: `PUT` of `<disk_attachment>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachment/methods/update}
   * @param diskAttachment The `disk_attachment` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_attachment/methods/update/parameters/disk_attachment}
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
