// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link OpenstackImageService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackImageServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link OpenstackImageService.import}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackImageServiceImportOptions extends RequestOptions {
  /** The `disk` parameter (`<disk>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image/methods/import/parameters/disk} */
  disk?: t.DiskInit;
  /** The `import_as_template` parameter (`<import_as_template>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image/methods/import/parameters/import_as_template} */
  importAsTemplate?: boolean;
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image/methods/import/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
  /** The `template` parameter (`<template>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image/methods/import/parameters/template} */
  template?: t.TemplateInit;
  /** The `cluster` parameter (`<cluster>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image/methods/import/parameters/cluster} */
  cluster?: t.ClusterInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image/methods/import/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('OpenstackImageService.get', { follow: 'string' });
const IMPORT_PARAMETERS = methodParameters('OpenstackImageService.import', { disk: t.Disk, importAsTemplate: 'boolean', storageDomain: t.StorageDomain, template: t.Template, cluster: t.Cluster, async: 'boolean' });

/**
 * The `openstack_image` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image}
 */
export class OpenstackImageService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image/methods/get}
   * @returns The `image` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image/methods/get/parameters/image}
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
   * The `import` action: `POST` of an `<action>` to `.../import`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image/methods/import}
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
