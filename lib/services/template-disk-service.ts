// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link TemplateDiskService.copy}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/copy | reference: template_disk.copy}
 */
export interface TemplateDiskServiceCopyOptions extends RequestOptions {
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST` to the service.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/copy | reference: template_disk.copy}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/copy | reference: template_disk.copy}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<filter>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/copy | reference: template_disk.copy}
   */
  filter?: boolean;
}

/**
 * Options of {@link TemplateDiskService.export}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/export | reference: template_disk.export}
 */
export interface TemplateDiskServiceExportOptions extends RequestOptions {
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST` to the service.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/export | reference: template_disk.export}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/export | reference: template_disk.export}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<filter>` in the `<action>` body of `POST` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/export | reference: template_disk.export}
   */
  filter?: boolean;
}

/**
 * Options of {@link TemplateDiskService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/get | reference: template_disk.get}
 */
export interface TemplateDiskServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/get | reference: template_disk.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link TemplateDiskService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/remove | reference: template_disk.remove}
 */
export interface TemplateDiskServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/remove | reference: template_disk.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const COPY_PARAMETERS = methodParameters('TemplateDiskService.copy', { storageDomain: t.StorageDomain, async: 'boolean', filter: 'boolean' });
const EXPORT_PARAMETERS = methodParameters('TemplateDiskService.export', { storageDomain: t.StorageDomain, async: 'boolean', filter: 'boolean' });
const GET_PARAMETERS = methodParameters('TemplateDiskService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('TemplateDiskService.remove', { async: 'boolean' });

/**
 * The `template_disk` service of the API.
 *
 * No locator of the API leads to it: it has no path below the API root.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk | reference: template_disk}
 */
export class TemplateDiskService extends Service {
  /**
   * The `copy` action: sends `POST` to the service with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/copy | reference: template_disk.copy}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateDiskServiceCopyOptions}).
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
   * The `export` action: sends `POST` to the service with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/export | reference: template_disk.export}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateDiskServiceExportOptions}).
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
   * Retrieves the `disk`: sends `GET` to the service and reads the `<disk>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/get | reference: template_disk.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateDiskServiceGetOptions}).
   * @returns The `disk`: `Disk`.
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
   * Removes: sends `DELETE` to the service.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_disk/methods/remove | reference: template_disk.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateDiskServiceRemoveOptions}).
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
