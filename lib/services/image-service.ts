// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link ImageService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image/methods/get | reference: image.get}
 */
export interface ImageServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/images/{image_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image/methods/get | reference: image.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link ImageService.import}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image/methods/import | reference: image.import}
 */
export interface ImageServiceImportOptions extends RequestOptions {
  /**
   * `ClusterInit` (a `Cluster` or a plain object), sent as `<cluster>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/images/{image_id}/import`.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image/methods/import | reference: image.import}
   */
  cluster?: t.ClusterInit;
  /**
   * `DiskInit` (a `Disk` or a plain object), sent as `<disk>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/images/{image_id}/import`.
   *
   * Also accepts: `opts.disk.alias` or `opts.disk.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image/methods/import | reference: image.import}
   */
  disk?: t.DiskInit;
  /**
   * `boolean`, sent as `<import_as_template>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/images/{image_id}/import`.
   *
   * Also accepts: `opts.importAsTemplate`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image/methods/import | reference: image.import}
   */
  importAsTemplate?: boolean;
  /**
   * `TemplateInit` (a `Template` or a plain object), sent as `<template>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/images/{image_id}/import`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image/methods/import | reference: image.import}
   */
  template?: t.TemplateInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/images/{image_id}/import`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image/methods/import | reference: image.import}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/images/{image_id}/import`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image/methods/import | reference: image.import}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('ImageService.get', { follow: 'string' });
const IMPORT_PARAMETERS = methodParameters('ImageService.import', { cluster: t.Cluster, disk: t.Disk, importAsTemplate: 'boolean', template: t.Template, storageDomain: t.StorageDomain, async: 'boolean' });

/**
 * The `image` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/images/{image_id}`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).imagesService().imageService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image | reference: image}
 */
export class ImageService extends Service {
  /**
   * Retrieves the `image`: sends `GET /storagedomains/{storage_domain_id}/images/{image_id}` and reads the `<image>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image/methods/get | reference: image.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ImageServiceGetOptions}).
   * @returns The `image`: `Image`.
   */
  get(opts: ImageServiceGetOptions = {}): Promise<t.Image> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Image>;
  }

  /**
   * The `import` action: sends `POST /storagedomains/{storage_domain_id}/images/{image_id}/import` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Also accepts: `opts.importAsTemplate`, `opts.cluster.id` or `opts.cluster.name`, `opts.disk.alias` or `opts.disk.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image/methods/import | reference: image.import}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ImageServiceImportOptions}).
   */
  import(opts: ImageServiceImportOptions = {}): Promise<void> {
    const refused = checkParameters(IMPORT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      cluster: opts.cluster,
      disk: opts.disk,
      importAsTemplate: opts.importAsTemplate,
      template: opts.template,
      storageDomain: opts.storageDomain,
      async: opts.async,
    };
    return this._action('import', action, undefined, opts) as Promise<void>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
