// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link OpenstackImageService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image/methods/get | reference: openstack_image.get}
 */
export interface OpenstackImageServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /openstackimageproviders/{provider_id}/images/{image_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image/methods/get | reference: openstack_image.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link OpenstackImageService.import}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image/methods/import | reference: openstack_image.import}
 */
export interface OpenstackImageServiceImportOptions extends RequestOptions {
  /**
   * `DiskInit` (a `Disk` or a plain object), sent as `<disk>` in the `<action>` body of `POST /openstackimageproviders/{provider_id}/images/{image_id}/import`.
   *
   * Also accepts: `opts.disk.alias` or `opts.disk.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image/methods/import | reference: openstack_image.import}
   */
  disk?: t.DiskInit;
  /**
   * `boolean`, sent as `<import_as_template>` in the `<action>` body of `POST /openstackimageproviders/{provider_id}/images/{image_id}/import`.
   *
   * Also accepts: `opts.importAsTemplate`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image/methods/import | reference: openstack_image.import}
   */
  importAsTemplate?: boolean;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /openstackimageproviders/{provider_id}/images/{image_id}/import`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image/methods/import | reference: openstack_image.import}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `TemplateInit` (a `Template` or a plain object), sent as `<template>` in the `<action>` body of `POST /openstackimageproviders/{provider_id}/images/{image_id}/import`.
   *
   * Also accepts: `opts.template.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image/methods/import | reference: openstack_image.import}
   */
  template?: t.TemplateInit;
  /**
   * `ClusterInit` (a `Cluster` or a plain object), sent as `<cluster>` in the `<action>` body of `POST /openstackimageproviders/{provider_id}/images/{image_id}/import`.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image/methods/import | reference: openstack_image.import}
   */
  cluster?: t.ClusterInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /openstackimageproviders/{provider_id}/images/{image_id}/import`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image/methods/import | reference: openstack_image.import}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('OpenstackImageService.get', { follow: 'string' });
const IMPORT_PARAMETERS = methodParameters('OpenstackImageService.import', { disk: t.Disk, importAsTemplate: 'boolean', storageDomain: t.StorageDomain, template: t.Template, cluster: t.Cluster, async: 'boolean' });

/**
 * The `openstack_image` service of the API.
 *
 * Path below the API root: `/openstackimageproviders/{provider_id}/images/{image_id}`.
 * Reached with `connection.systemService().openstackImageProvidersService().providerService(id).imagesService().imageService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image | reference: openstack_image}
 */
export class OpenstackImageService extends Service {
  /**
   * Retrieves the `open_stack_image`: sends `GET /openstackimageproviders/{provider_id}/images/{image_id}` and reads the `<openstack_image>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image/methods/get | reference: openstack_image.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackImageServiceGetOptions}).
   * @returns The `image`: `OpenStackImage`.
   */
  get(opts: OpenstackImageServiceGetOptions = {}): Promise<t.OpenStackImage> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.OpenStackImage>;
  }

  /**
   * The `import` action: sends `POST /openstackimageproviders/{provider_id}/images/{image_id}/import` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.storageDomain.id` or `opts.storageDomain.name`
   *
   * Also accepts: `opts.importAsTemplate`, `opts.template.name`, `opts.cluster.id` or `opts.cluster.name`, `opts.disk.alias` or `opts.disk.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image/methods/import | reference: openstack_image.import}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackImageServiceImportOptions}).
   */
  import(opts: OpenstackImageServiceImportOptions = {}): Promise<void> {
    const refused = checkParameters(IMPORT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      disk: opts.disk,
      importAsTemplate: opts.importAsTemplate,
      storageDomain: opts.storageDomain,
      template: opts.template,
      cluster: opts.cluster,
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
