// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { StorageDomainContentDisksService } from './storage-domain-content-disks-service';

/** Options of {@link StorageDomainTemplateService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainTemplateServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link StorageDomainTemplateService.import}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainTemplateServiceImportOptions extends RequestOptions {
  /** The `clone` parameter (`<clone>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/import/parameters/clone} */
  clone?: boolean;
  /** The `cluster` parameter (`<cluster>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/import/parameters/cluster} */
  cluster?: t.ClusterInit;
  /** The `exclusive` parameter (`<exclusive>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/import/parameters/exclusive} */
  exclusive?: boolean;
  /** The `storage_domain` parameter (`<storage_domain>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/import/parameters/storage_domain} */
  storageDomain?: t.StorageDomainInit;
  /** The `template` parameter (`<template>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/import/parameters/template} */
  template?: t.TemplateInit;
  /** The `vm` parameter (`<vm>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/import/parameters/vm} */
  vm?: t.VmInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/import/parameters/async} */
  async?: boolean;
}

/** Options of {@link StorageDomainTemplateService.register}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainTemplateServiceRegisterOptions extends RequestOptions {
  /** The `clone` parameter (`<clone>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/register/parameters/clone} */
  clone?: boolean;
  /** The `cluster` parameter (`<cluster>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/register/parameters/cluster} */
  cluster?: t.ClusterInit;
  /** The `exclusive` parameter (`<exclusive>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/register/parameters/exclusive} */
  exclusive?: boolean;
  /** The `template` parameter (`<template>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/register/parameters/template} */
  template?: t.TemplateInit;
  /**
   * The `allow_partial_import` parameter (`<allow_partial_import>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/register/parameters/allow_partial_import}
   * @since API 4.1
   */
  allowPartialImport?: boolean;
  /**
   * The `vnic_profile_mappings` parameter (`<vnic_profile_mappings>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/register/parameters/vnic_profile_mappings}
   * @since API 4.2
   * @deprecated The model marks it deprecated.
   */
  vnicProfileMappings?: t.VnicProfileMappingInit[];
  /**
   * The `registration_configuration` parameter (`<registration_configuration>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/register/parameters/registration_configuration}
   * @since API 4.2
   */
  registrationConfiguration?: t.RegistrationConfigurationInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/register/parameters/async} */
  async?: boolean;
}

/** Options of {@link StorageDomainTemplateService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainTemplateServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageDomainTemplateService.get', { follow: 'string' });
const IMPORT_PARAMETERS = methodParameters('StorageDomainTemplateService.import', { clone: 'boolean', cluster: t.Cluster, exclusive: 'boolean', storageDomain: t.StorageDomain, template: t.Template, vm: t.Vm, async: 'boolean' });
const REGISTER_PARAMETERS = methodParameters('StorageDomainTemplateService.register', { clone: 'boolean', cluster: t.Cluster, exclusive: 'boolean', template: t.Template, allowPartialImport: 'boolean', vnicProfileMappings: [t.VnicProfileMapping], registrationConfiguration: t.RegistrationConfiguration, async: 'boolean' });
const REMOVE_PARAMETERS = methodParameters('StorageDomainTemplateService.remove', { async: 'boolean' });

/**
 * The `storage_domain_template` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template}
 */
export class StorageDomainTemplateService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/get}
   * @returns The `template` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/get/parameters/template}
   */
  get(opts: StorageDomainTemplateServiceGetOptions = {}): Promise<t.Template> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Template>;
  }

  /**
   * The `import` action: `POST` of an `<action>` to `.../import`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/import}
   */
  import(opts: StorageDomainTemplateServiceImportOptions = {}): Promise<void> {
    const refused = checkParameters(IMPORT_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      clone: opts.clone,
      cluster: opts.cluster,
      exclusive: opts.exclusive,
      storageDomain: opts.storageDomain,
      template: opts.template,
      vm: opts.vm,
      async: opts.async,
    };
    return this._action('import', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `register` action: `POST` of an `<action>` to `.../register`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/register}
   */
  register(opts: StorageDomainTemplateServiceRegisterOptions = {}): Promise<void> {
    const refused = checkParameters(REGISTER_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      clone: opts.clone,
      cluster: opts.cluster,
      exclusive: opts.exclusive,
      template: opts.template,
      allowPartialImport: opts.allowPartialImport,
      vnicProfileMappings: opts.vnicProfileMappings,
      registrationConfiguration: opts.registrationConfiguration,
      async: opts.async,
    };
    return this._action('register', action, undefined, opts) as Promise<void>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_template/methods/remove}
   */
  remove(opts: StorageDomainTemplateServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `disks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain_content_disks}); sends no request. */
  disksService(): StorageDomainContentDisksService {
    return new StorageDomainContentDisksService(this.connection, `${this.path}/disks`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'disks': return this.disksService().service(rest);
    }
    return super.service(path);
  }
}
