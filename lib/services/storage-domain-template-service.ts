// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { StorageDomainContentDisksService } from './storage-domain-content-disks-service';

/**
 * Options of {@link StorageDomainTemplateService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/get | reference: storage_domain_template.get}
 */
export interface StorageDomainTemplateServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/templates/{template_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/get | reference: storage_domain_template.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link StorageDomainTemplateService.import}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/import | reference: storage_domain_template.import}
 */
export interface StorageDomainTemplateServiceImportOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<clone>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/import`.
   *
   * Also accepts: `opts.clone`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/import | reference: storage_domain_template.import}
   */
  clone?: boolean;
  /**
   * `ClusterInit` (a `Cluster` or a plain object), sent as `<cluster>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/import`.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/import | reference: storage_domain_template.import}
   */
  cluster?: t.ClusterInit;
  /**
   * `boolean`, sent as `<exclusive>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/import`.
   *
   * Also accepts: `opts.exclusive`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/import | reference: storage_domain_template.import}
   */
  exclusive?: boolean;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object), sent as `<storage_domain>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/import`.
   *
   * Also accepts: `opts.storageDomain.id` or `opts.storageDomain.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/import | reference: storage_domain_template.import}
   */
  storageDomain?: t.StorageDomainInit;
  /**
   * `TemplateInit` (a `Template` or a plain object), sent as `<template>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/import`.
   *
   * Also accepts: `opts.template.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/import | reference: storage_domain_template.import}
   */
  template?: t.TemplateInit;
  /**
   * `VmInit` (a `Vm` or a plain object), sent as `<vm>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/import`.
   *
   * Also accepts: `opts.vm.diskAttachments[].id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/import | reference: storage_domain_template.import}
   */
  vm?: t.VmInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/import`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/import | reference: storage_domain_template.import}
   */
  async?: boolean;
}

/**
 * Options of {@link StorageDomainTemplateService.register}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/register | reference: storage_domain_template.register}
 */
export interface StorageDomainTemplateServiceRegisterOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<clone>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/register`.
   *
   * Also accepts: `opts.clone`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/register | reference: storage_domain_template.register}
   */
  clone?: boolean;
  /**
   * `ClusterInit` (a `Cluster` or a plain object), sent as `<cluster>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/register`.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/register | reference: storage_domain_template.register}
   */
  cluster?: t.ClusterInit;
  /**
   * `boolean`, sent as `<exclusive>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/register`.
   *
   * Also accepts: `opts.exclusive`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/register | reference: storage_domain_template.register}
   */
  exclusive?: boolean;
  /**
   * `TemplateInit` (a `Template` or a plain object), sent as `<template>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/register`.
   *
   * Also accepts: `opts.template.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/register | reference: storage_domain_template.register}
   */
  template?: t.TemplateInit;
  /**
   * `boolean`, sent as `<allow_partial_import>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/register`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/register | reference: storage_domain_template.register}
   * @since API 4.1
   */
  allowPartialImport?: boolean;
  /**
   * A list of `VnicProfileMappingInit` (a `VnicProfileMapping` or a plain object), sent as `<vnic_profile_mappings>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/register`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/register | reference: storage_domain_template.register}
   * @since API 4.2
   * @deprecated The API model marks it deprecated.
   */
  vnicProfileMappings?: t.VnicProfileMappingInit[];
  /**
   * `RegistrationConfigurationInit` (a `RegistrationConfiguration` or a plain object), sent as `<registration_configuration>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/register`.
   *
   * Also accepts: `opts.registrationConfiguration`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/register | reference: storage_domain_template.register}
   * @since API 4.2
   */
  registrationConfiguration?: t.RegistrationConfigurationInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /storagedomains/{storage_domain_id}/templates/{template_id}/register`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/register | reference: storage_domain_template.register}
   */
  async?: boolean;
}

/**
 * Options of {@link StorageDomainTemplateService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/remove | reference: storage_domain_template.remove}
 */
export interface StorageDomainTemplateServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /storagedomains/{storage_domain_id}/templates/{template_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/remove | reference: storage_domain_template.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('StorageDomainTemplateService.get', { follow: 'string' });
const IMPORT_PARAMETERS = methodParameters('StorageDomainTemplateService.import', { clone: 'boolean', cluster: t.Cluster, exclusive: 'boolean', storageDomain: t.StorageDomain, template: t.Template, vm: t.Vm, async: 'boolean' });
const REGISTER_PARAMETERS = methodParameters('StorageDomainTemplateService.register', { clone: 'boolean', cluster: t.Cluster, exclusive: 'boolean', template: t.Template, allowPartialImport: 'boolean', vnicProfileMappings: [t.VnicProfileMapping], registrationConfiguration: t.RegistrationConfiguration, async: 'boolean' });
const REMOVE_PARAMETERS = methodParameters('StorageDomainTemplateService.remove', { async: 'boolean' });

/**
 * The `storage_domain_template` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/templates/{template_id}`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).templatesService().templateService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template | reference: storage_domain_template}
 */
export class StorageDomainTemplateService extends Service {
  /**
   * Retrieves the `template`: sends `GET /storagedomains/{storage_domain_id}/templates/{template_id}` and reads the `<template>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/get | reference: storage_domain_template.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainTemplateServiceGetOptions}).
   * @returns The `template`: `Template`.
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
   * The `import` action: sends `POST /storagedomains/{storage_domain_id}/templates/{template_id}/import` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`, `opts.clone`, `opts.exclusive`, `opts.template.name`, `opts.storageDomain.id` or `opts.storageDomain.name`, `opts.vm.diskAttachments[].id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/import | reference: storage_domain_template.import}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainTemplateServiceImportOptions}).
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
   * The `register` action: sends `POST /storagedomains/{storage_domain_id}/templates/{template_id}/register` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`, `opts.clone`, `opts.exclusive`, `opts.template.name`, `opts.registrationConfiguration`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/register | reference: storage_domain_template.register}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainTemplateServiceRegisterOptions}).
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
   * Removes: sends `DELETE /storagedomains/{storage_domain_id}/templates/{template_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_template/methods/remove | reference: storage_domain_template.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainTemplateServiceRemoveOptions}).
   */
  remove(opts: StorageDomainTemplateServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `storage_domain_content_disks` service at `disks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_content_disks | reference: storage_domain_content_disks}
   */
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
