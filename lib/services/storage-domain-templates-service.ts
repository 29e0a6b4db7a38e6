// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageDomainTemplateService } from './storage-domain-template-service';

/**
 * Options of {@link StorageDomainTemplatesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_templates/methods/list | reference: storage_domain_templates.list}
 */
export interface StorageDomainTemplatesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /storagedomains/{storage_domain_id}/templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_templates/methods/list | reference: storage_domain_templates.list}
   */
  max?: number;
  /**
   * `boolean`, sent as query parameter `unregistered` of `GET /storagedomains/{storage_domain_id}/templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_templates/methods/list | reference: storage_domain_templates.list}
   * @since API 4.1.1
   */
  unregistered?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/templates`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_templates/methods/list | reference: storage_domain_templates.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('StorageDomainTemplatesService.list', { max: 'integer', unregistered: 'boolean', follow: 'string' });

/**
 * The `storage_domain_templates` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/templates`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).templatesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_templates | reference: storage_domain_templates}
 */
export class StorageDomainTemplatesService extends Service {
  /**
   * Lists the `template` objects: sends `GET /storagedomains/{storage_domain_id}/templates` and reads the `<templates>` the engine answers, one item per `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_templates/methods/list | reference: storage_domain_templates.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainTemplatesServiceListOptions}).
   * @returns The `templates`: a list of `Template`.
   */
  list(opts: StorageDomainTemplatesServiceListOptions = {}): Promise<List<t.Template>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      unregistered: opts.unregistered,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Template>>;
  }

  /**
   * Like {@link StorageDomainTemplatesService.list} (it sends `GET /storagedomains/{storage_domain_id}/templates` with the same options), but yields
   * each `template` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_templates/methods/list | reference: storage_domain_templates.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: StorageDomainTemplatesServiceListOptions = {}): AsyncGenerator<t.Template, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'StorageDomainTemplatesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      unregistered: opts.unregistered,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Template, void, undefined>;
  }

  /**
   * Locates the `storage_domain_template` service at `{template_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template | reference: storage_domain_template}
   */
  templateService(id: string | number): StorageDomainTemplateService {
    return new StorageDomainTemplateService(this.connection, `${this.path}/${idSegment(id, 'StorageDomainTemplatesService.templateService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.templateService(decodeURIComponent(head)).service(rest);
  }
}
