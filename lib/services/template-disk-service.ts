// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link TemplateDiskService.copy}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateDiskServiceCopyOptions extends RequestOptions {
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/copy/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/copy/parameters/async} */
  async?: boolean;
  /** The `filter` parameter (`<filter>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/copy/parameters/filter} */
  filter?: boolean;
}

/** Options of {@link TemplateDiskService.export}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateDiskServiceExportOptions extends RequestOptions {
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/export/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/export/parameters/async} */
  async?: boolean;
  /** The `filter` parameter (`<filter>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/export/parameters/filter} */
  filter?: boolean;
}

/** Options of {@link TemplateDiskService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateDiskServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link TemplateDiskService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateDiskServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const COPY_PARAMETERS = methodParameters('TemplateDiskService.copy', { storageDomain: t.StorageDomain, async: 'boolean', filter: 'boolean' });
const EXPORT_PARAMETERS = methodParameters('TemplateDiskService.export', { storageDomain: t.StorageDomain, async: 'boolean', filter: 'boolean' });
const GET_PARAMETERS = methodParameters('TemplateDiskService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('TemplateDiskService.remove', { async: 'boolean' });

/**
 * The `template_disk` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk}
 */
export class TemplateDiskService extends Service {
  /**
   * The `copy` action: `POST` of an `<action>` to `.../copy`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/copy}
   */
  copy(opts: TemplateDiskServiceCopyOptions = {}): Promise<void> {
    const refused = checkParameters(COPY_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      storageDomain: opts.storageDomain,
      async: opts.async,
      filter: opts.filter,
    };
    return this._action('copy', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `export` action: `POST` of an `<action>` to `.../export`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/export}
   */
  export(opts: TemplateDiskServiceExportOptions = {}): Promise<void> {
    const refused = checkParameters(EXPORT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      storageDomain: opts.storageDomain,
      async: opts.async,
      filter: opts.filter,
    };
    return this._action('export', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/get}
   * @returns The `disk` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/get/parameters/disk}
   */
  get(opts: TemplateDiskServiceGetOptions = {}): Promise<t.Disk> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Disk>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_disk/methods/remove}
   */
  remove(opts: TemplateDiskServiceRemoveOptions = {}): Promise<void> {
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
