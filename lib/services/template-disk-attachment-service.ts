// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link TemplateDiskAttachmentService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateDiskAttachmentServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk_attachment/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link TemplateDiskAttachmentService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateDiskAttachmentServiceRemoveOptions extends RequestOptions {
  /** The `storage_domain` parameter (query parameter `storage_domain`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk_attachment/methods/remove/parameters/storage_domain} */
  storageDomain?: string;
  /** The `force` parameter (query parameter `force`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk_attachment/methods/remove/parameters/force} */
  force?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('TemplateDiskAttachmentService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('TemplateDiskAttachmentService.remove', { storageDomain: 'string', force: 'boolean' });

/**
 * The `template_disk_attachment` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk_attachment}
 */
export class TemplateDiskAttachmentService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk_attachment/methods/get}
   * @returns The `attachment` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk_attachment/methods/get/parameters/attachment}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk_attachment/methods/remove}
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
